#!/usr/bin/env python3
"""Score factcheck against annotated articles (GUIDE.md format), both ways.

    python score.py FOLDER... [--inject] [--json OUT] [-v]

Runs the factcheck installed in the active environment (library API) and reports:

1. extraction: value-F1 (span overlap + value) and typed F1 (+ unit + kind);
2. frame accuracy on value-matched claims: period, role, direction, base_period, qualifier
   (a period is right when it names the gold's span in any notation: '2018-Q3' is
   '2018-07/2018-09');
3. reference matching: for every gold claim, a reference entry built from the gold's own
   metric, subject, period, role, value and unit (no aliases); the tool's claim must come
   out `supported` by exactly that entry (checked without the consistency rules);
4. real published slips: a slip counts as flagged when a claim of its relation is
   `inconsistent` on the clean text; every other inconsistent claim is a false flag;
5. with --inject: for every number in a gold relation that holds, realistic slips are
   injected one at a time into the text (scale word swapped, decimal point moved, two
   digits transposed, sign dropped, a part changed by a fifth); a slip is caught when the
   edited number or another claim of its relation is flagged.

The gold is never shown to the tool; the scorer reads it only to compare. With --desk each
article is scanned as its outlet's own desk would scan it: with the home currency of the
outlet's country (the annotation's `country`, as a desk knows where it publishes) where that
money prints as a bare "$" or a letter prefix; the default scan sets none.
"""

from __future__ import annotations

import argparse
import collections
import json
import math
import re
import sys
import tempfile
from pathlib import Path

import yaml

SCALE_SWAP = {"million": "billion", "billion": "trillion", "trillion": "billion", "thousand": "million",
              "mn": "bn", "bn": "tn", "tn": "bn", "m": "bn", "k": "m", "crore": "lakh", "lakh": "crore"}
FRAME_FIELDS = ("period", "role", "direction", "base_period", "qualifier")


def _same_span(want, got) -> bool:
    """One span in two notations ('2018-Q3' and '2018-07/2018-09': a fiscal quarter the gold
    writes as its months) is one period."""
    from factcheck import timespan
    if want is None or got is None:
        return False
    a, b = timespan.parse(str(want)), timespan.parse(str(got))
    return a is not None and a == b


def _inside_a_number(text: str, at: int, s: str) -> bool:
    """The surface found at `at` is part of a longer number or word: "9%" inside "39%", "1.5"
    inside "21.5", "5" inside "1.55", "ten" inside "often"."""
    before = text[at - 1] if at > 0 else ""
    before2 = text[at - 2] if at > 1 else ""
    end = at + len(s)
    after = text[end] if end < len(text) else ""
    after2 = text[end + 1] if end + 1 < len(text) else ""
    if s[:1].isdigit() and (before.isdigit() or (before in ".," and before2.isdigit())):
        return True
    if s[:1].isalpha() and before.isalpha():
        return True
    return s[-1:].isdigit() and (after.isdigit() or (after in ".," and after2.isdigit()))


def _nth(text: str, s: str, occ: int, standalone: bool) -> int:
    at, seen = -1, 0
    while seen < occ:
        at = text.find(s, at + 1)
        if at < 0:
            return -1
        if not standalone or not _inside_a_number(text, at, s):
            seen += 1
    return at


def gold_start(text: str, surface: str, occurrence: int) -> int:
    """Where a gold claim starts: the `occurrence`-th time its surface occurs (GUIDE.md counts
    substrings). Where that lands inside a longer number ("9%" inside "39%"), the annotator
    counted the figure as printed, so the n-th standalone occurrence is taken; -1 if none."""
    at = _nth(text, surface, occurrence, standalone=False)
    if at >= 0 and _inside_a_number(text, at, surface):
        standalone = _nth(text, surface, occurrence, standalone=True)
        at = standalone if standalone >= 0 else at
    return at


def gold_spans(text: str, claims: list[dict]) -> dict[str, tuple[int, int]]:
    spans = {}
    for c in claims:
        s = str(c["surface"])
        at = gold_start(text, s, int(c.get("occurrence") or 1))
        if at >= 0:
            spans[c["id"]] = (at, at + len(s))
    return spans


def same_value(a: float, b: float) -> bool:
    return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)


def same_worded_value(a: float, g: dict) -> bool:
    """The tool's value `a` is the gold's, or, for a figure printed without digits ("a third",
    "two-thirds"), the gold's to the decimals its reader wrote: a fraction's value repeats without
    end, and readers round it as they see fit (33.3, 33.33, 66.67, 100/3 in full)."""
    b = float(g["value"])
    if same_value(a, b):
        return True
    if re.search(r"\d", str(g.get("surface", ""))) or b == int(b):
        return False
    decimals = len(repr(b).split(".")[1])
    return round(float(a), decimals) == round(b, decimals)


def pair(gold: list[dict], spans: dict, predicted: list) -> dict[str, object]:
    """Gold id → predicted claim with an overlapping span and the same value (else overlapping)."""
    out: dict[str, object] = {}
    used: set[int] = set()
    for g in gold:
        sp = spans.get(g["id"])
        if sp is None:
            continue
        overlapping = [p for p in predicted if p.span[0] < sp[1] and sp[0] < p.span[1] and id(p) not in used]
        best = next((p for p in overlapping if same_worded_value(p.value, g)
                     or (g.get("end") is not None and p.end is not None and same_value(p.end, g["end"])
                         and same_value(p.value, g["value"]))), None)
        if best is not None:
            out[g["id"]] = best
            used.add(id(best))
    return out


def norm_unit(u: str | None) -> str:
    return re.sub(r"\s+", "", str(u or "")).replace("person", "people")


ASSUME_DATES = True


def assumed_date(doc: dict, txt: Path) -> str | None:
    """A publication date for an article whose page showed none: the month after the data
    month in its slug (GUIDE.md: `<cc>_<topic>_<yyyy-mm>_<outlet>`), day 15. A desk always
    knows when its own article appeared; this puts undated corpus articles in that condition."""
    if doc.get("date") or not ASSUME_DATES:
        return None
    m = re.search(r"_(\d{4})-(\d{2})_", txt.stem)
    if not m:
        return None
    y, mo = int(m.group(1)), int(m.group(2)) + 1
    if not 2 <= mo <= 13:
        return None  # "2024-25": a fiscal year names no month, so no date is assumed
    if mo == 13:
        y, mo = y + 1, 1
    return f"{y:04d}-{mo:02d}-15"


DESK = False
HOME: str | None = None  # the desk currency of the article being scored (with --desk)
# Outlets whose own money a bare "$" or a letter prefix ("R149bn", "N31.8 million") prints,
# by the ISO 3166 code of the outlet's country (the annotation's `country`): the currency a
# desk there sets once as home-currency (README, "A desk whose own '$' is not the US dollar").
DESK_CURRENCIES = {
    "US": "USD", "AU": "AUD", "CA": "CAD", "NZ": "NZD", "HK": "HKD", "SG": "SGD", "TW": "TWD", "JM": "JMD",
    "TT": "TTD", "BB": "BBD", "GY": "GYD", "NA": "NAD", "BS": "BSD", "BZ": "BZD", "FJ": "FJD", "BN": "BND",
    "AG": "XCD", "GD": "XCD", "LC": "XCD", "KN": "XCD", "VC": "XCD", "DM": "XCD", "SB": "SBD", "WS": "WST",
    "TO": "TOP", "BM": "BMD", "KY": "KYD", "ZA": "ZAR", "NG": "NGN",
}


def desk_currency(doc: dict) -> str | None:
    """With --desk: the home currency the outlet's own desk would set (DESK_CURRENCIES), else None."""
    return DESK_CURRENCIES.get(str(doc.get("country") or "").upper()) if DESK else None


def load_article(txt: Path, text: str | None = None, date: str | None = None):
    from factcheck import read_article

    if text is None:
        return read_article(txt, date)
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / txt.name
        p.write_text(text, encoding="utf-8")
        return read_article(p, date)


def extract_and_check(article, references=None, consistency=True):
    from factcheck import extract_claims
    from factcheck.check import check_claims

    claims = extract_claims(article, None, HOME)
    if consistency:
        check_claims(claims, references or [], article)
    else:
        check_claims(claims, references or [], article, findings=[])
    return claims


def reference_entries(gold: list[dict]):
    """One Reference per distinct (metric, subject, period, role, unit); entries whose gold
    claims disagree on the value are ambiguous and left out."""
    from factcheck.models import Reference

    groups: dict[tuple, list[dict]] = collections.defaultdict(list)
    for g in gold:
        key = (str(g.get("metric") or "").lower(), tuple(sorted(g.get("subject") or [])), g.get("period"),
               g.get("role"), norm_unit(g.get("unit")))
        groups[key].append(g)
    refs, ref_of = [], {}
    for i, (key, members) in enumerate(groups.items()):
        if len({(round(float(m["value"]), 9), m.get("end")) for m in members}) > 1:
            continue
        g = members[0]
        ref = Reference(id=f"gold-{i}", metric=str(g.get("metric")), value=float(g["value"]),
                        unit_code=str(g.get("unit")), unit_text=str(g.get("unit")), aliases=[],
                        subject=list(g.get("subject") or []), period=None if g.get("period") is None else str(g["period"]),
                        end=None if g.get("end") is None else float(g["end"]), role=g.get("role"),
                        source={"publisher": "gold annotation", "url": "about:gold"})
        refs.append(ref)
        for m in members:
            ref_of[m["id"]] = ref.id
    return refs, ref_of


# --- injected slips -----------------------------------------------------------------------
_NUM = re.compile(r"(?<![\w.])[-−+]?\d[\d,]*(?:\.\d+)?")


def slips_for(surface: str) -> list[tuple[str, str]]:
    """(kind, edited surface) for realistic slips of one printed figure."""
    out = []
    m = _NUM.search(surface)
    if not m:
        return out
    num = m.group(0)
    pre, post = surface[: m.start()], surface[m.end():]
    for word, repl in SCALE_SWAP.items():
        w = re.search(rf"\b{word}\b", post)
        if w:
            out.append(("scale_word", pre + num + post[: w.start()] + repl + post[w.end():]))
            break
    digits = num.lstrip("-−+")
    sign = num[: len(num) - len(digits)]
    if "." in digits and "," not in digits:
        i = digits.index(".")
        body = digits.replace(".", "")
        if i + 1 < len(body):
            moved = body[: i + 1] + "." + body[i + 1:]
            if moved.rstrip("0").rstrip(".") and moved != digits:
                out.append(("decimal_point", pre + sign + moved + post))
    plain = [k for k, ch in enumerate(digits) if ch.isdigit()]
    for a, b in zip(plain, plain[1:]):
        if digits[a] != digits[b] and not (a == 0 and digits[b] == "0"):
            t = list(digits)
            t[a], t[b] = t[b], t[a]
            out.append(("transposed", pre + sign + "".join(t) + post))
            break
    if sign in ("-", "−"):
        out.append(("sign_dropped", pre + digits + post))
    try:
        value = float(digits.replace(",", ""))
    except ValueError:
        value = 0
    if value:
        dec = len(digits.split(".")[1]) if "." in digits else 0
        changed = f"{value * 1.2:,.{dec}f}" if "," in digits else f"{value * 1.2:.{dec}f}"
        if changed != digits:
            out.append(("part_changed", pre + sign + changed + post))
    return out


def score_article(yaml_path: Path, inject: bool, verbose: bool) -> dict:
    doc = yaml.safe_load(yaml_path.read_text(encoding="utf-8"))
    txt = yaml_path.with_suffix(".txt")
    text = txt.read_text(encoding="utf-8")
    gold = doc.get("claims") or []
    spans = gold_spans(text, gold)
    date = assumed_date(doc, txt)
    global HOME
    HOME = desk_currency(doc)
    article = load_article(txt, date=date)
    predicted = extract_and_check(article)
    paired = pair(gold, spans, predicted)
    r: dict = collections.Counter()
    r["gold"] = len(gold)
    r["assumed_date"] = int(date is not None)
    r["predicted"] = len(predicted)
    r["value_tp"] = len(paired)
    r["typed_tp"] = sum(1 for g in gold if g["id"] in paired and norm_unit(paired[g["id"]].unit) == norm_unit(g.get("unit"))
                        and paired[g["id"]].kind == g.get("kind"))
    misses = []
    if verbose:
        for g in gold:
            p = paired.get(g["id"])
            if p is not None and (norm_unit(p.unit) != norm_unit(g.get("unit")) or p.kind != g.get("kind")):
                print(f"  typed: {g['surface']!r} gold={g.get('unit')}/{g.get('kind')} got={p.unit}/{p.kind}")
    for g in gold:
        p = paired.get(g["id"])
        if p is None:
            misses.append(f"  miss {g['surface']!r} ({g.get('kind')})")
            continue
        for f in FRAME_FIELDS:
            want = g.get(f)
            got = getattr(p, f, None)
            if f in ("direction", "base_period") and want is None and got is None:
                continue  # scored only where either side states one
            r[f"{f}_n"] += 1
            if str(want) == str(got) or (want is None and got is None) or f in ("period", "base_period") and _same_span(want, got):
                r[f"{f}_ok"] += 1
            elif verbose:
                misses.append(f"  {f}: {g['surface']!r} gold={want} got={got}")
    # spurious: predictions overlapping no gold span and not listed under not_claims/borderline
    gold_regions = list(spans.values())
    for p in predicted:
        if not any(p.span[0] < e and s < p.span[1] for s, e in gold_regions):
            r["spurious"] += 1
            if verbose:
                misses.append(f"  spurious {p.surface!r} ({p.kind})")
    # reference matching
    refs, ref_of = reference_entries(gold)
    checked = extract_and_check(article, refs, consistency=False)
    paired_ref = pair(gold, spans, checked)
    for g in gold:
        want = ref_of.get(g["id"])
        if want is None:
            r["ref_ambiguous"] += 1
            continue
        r["ref_n"] += 1
        p = paired_ref.get(g["id"])
        if p is not None and p.check.verdict == "supported" and p.check.reference == want:
            r["ref_ok"] += 1
        elif verbose:
            got = "not extracted" if p is None else f"{p.check.verdict} {p.check.reference} metric={p.metric!r} period={p.period}"
            misses.append(f"  ref: {g['surface']!r} gold metric={g.get('metric')!r} period={g.get('period')}: {got}")
    # reference matching as issue 8 measured it: the entry is named with the metric and
    # subject the tool itself extracted, and carries the gold period, role, value and unit;
    # the claim must come out supported by its own entry. Two gold claims of different
    # gold metrics that get one tool metric, subject, period and role are conflated: both fail.
    from factcheck.models import Reference

    own: dict[tuple, list[dict]] = collections.defaultdict(list)
    for g in gold:
        p = paired.get(g["id"])
        if p is None:
            r["own_n"] += 1  # not extracted: a miss
            continue
        key = (str(p.metric or "").lower(), tuple(sorted(p.subject)), g.get("period"), g.get("role"), norm_unit(g.get("unit")))
        own[key].append(g)
    own_refs, own_of = [], {}
    for i, (key, members) in enumerate(own.items()):
        values = {(round(float(m["value"]), 9), m.get("end")) for m in members}
        metrics = {str(m.get("metric") or "").lower() for m in members}
        if len(values) > 1 and len(metrics) == 1:
            r["own_ambiguous"] += len(members)  # one series stated with two values: a slip, not matching
            continue
        r["own_n"] += len(members)
        if len(values) > 1:
            if verbose:
                misses.append(f"  own-ref conflated: {[m['surface'] for m in members]} as {key[0]!r}")
            continue
        g = members[0]
        p = paired[g["id"]]
        ref = Reference(id=f"own-{i}", metric=str(p.metric or ""), value=float(g["value"]), unit_code=str(g.get("unit")),
                        unit_text=str(g.get("unit")), aliases=[], subject=list(p.subject),
                        period=None if g.get("period") is None else str(g["period"]),
                        end=None if g.get("end") is None else float(g["end"]), role=g.get("role"),
                        source={"publisher": "gold annotation", "url": "about:gold"})
        own_refs.append(ref)
        for m in members:
            own_of[m["id"]] = ref.id
    if own_refs:
        checked_own = pair(gold, spans, extract_and_check(article, own_refs, consistency=False))
        for gid, ref_id in own_of.items():
            p = checked_own.get(gid)
            if p is not None and p.check.verdict == "supported" and p.check.reference == ref_id:
                r["own_ok"] += 1
            elif verbose:
                got = "not extracted" if p is None else f"{p.check.verdict} {p.check.reference} period={p.period} role={p.role}"
                g = next(x for x in gold if x["id"] == gid)
                misses.append(f"  own-ref: {g['surface']!r} gold period={g.get('period')} role={g.get('role')}: {got}")
    # real slips and false flags on the clean text
    slip_rel = {s["relation"] for s in doc.get("slips") or []}
    rel_by_id = {x["id"]: x for x in doc.get("relations") or []}
    slip_claims = set()
    for rid in slip_rel:
        rel = rel_by_id.get(rid) or {}
        slip_claims |= set(rel.get("input_ids") or []) | {rel.get("result_id")}
    flagged_gold = {gid for gid, p in paired.items() if p.check.verdict == "inconsistent"}
    for s in doc.get("slips") or []:
        rel = rel_by_id.get(s["relation"]) or {}
        ids = set(rel.get("input_ids") or []) | {rel.get("result_id")}
        r["slips"] += 1
        kind = f"slip_kind:{s.get('kind') or 'other'}"
        r[kind] += 1
        if ids & flagged_gold:
            r["slips_flagged"] += 1
            r[kind + ":flagged"] += 1
        elif verbose:
            misses.append(f"  slip not flagged: {s['relation']} ({s.get('kind')})")
    pred_to_gold = {id(p): gid for gid, p in paired.items()}
    for p in predicted:
        if p.check.verdict == "inconsistent" and pred_to_gold.get(id(p)) not in slip_claims:
            r["false_flags"] += 1
            for rule in p.check.rules or ["?"]:
                r[f"false_flag_rule:{rule}"] += 1
            if verbose:
                misses.append(f"  FALSE FLAG {p.surface!r} line {p.line}: {'; '.join(p.check.reasons)[:200]}")
    # injected slips into relation-bearing numbers
    if inject:
        by_id = {g["id"]: g for g in gold}
        for rel in doc.get("relations") or []:
            if not rel.get("holds") or rel.get("type") not in ("sum", "difference", "share", "percent_change",
                                                                 "point_change", "repeated_figure", "product", "average"):
                continue
            ids = [i for i in [*(rel.get("input_ids") or []), rel.get("result_id")] if i in spans]
            # a relation whose figures the tool already flags on the clean text would count
            # every slip planted in it as caught: those catches prove nothing and are kept apart
            spoiled = any(p.check.verdict == "inconsistent" and any(p.span[0] < spans[i][1] and spans[i][0] < p.span[1]
                                                                    for i in ids) for p in predicted)
            for cid in ids:
                g = by_id[cid]
                s, e = spans[cid]
                for kind, edited in slips_for(text[s:e]):
                    new_text = text[:s] + edited + text[e:]
                    try:
                        claims = extract_and_check(load_article(txt, new_text, date))
                    except Exception as exc:  # a crash is a miss, and worth knowing
                        misses.append(f"  inject crash {kind} {edited!r}: {type(exc).__name__}: {exc}")
                        claims = []
                    new_spans = dict(spans)
                    shift = len(edited) - (e - s)
                    for k, (a, b) in spans.items():
                        if a >= e:
                            new_spans[k] = (a + shift, b + shift)
                    new_spans[cid] = (s, s + len(edited))
                    region = [new_spans[i] for i in ids]
                    caught = any(c.check.verdict == "inconsistent" and any(c.span[0] < b and a < c.span[1] for a, b in region)
                                 for c in claims)
                    r["inj"] += 1
                    r[f"inj_{kind}"] += 1
                    if caught and spoiled:
                        r["flagged_clean_catches"] += 1
                        caught = False
                    if caught:
                        r["inj_caught"] += 1
                        r[f"inj_{kind}_caught"] += 1
                    elif verbose:
                        misses.append(f"  inject missed {kind}: {text[s:e]!r} → {edited!r} ({rel['type']} {rel['id']})")
    if verbose and misses:
        print(f"{yaml_path.stem}:")
        print("\n".join(misses))
    return dict(r)


def f1(tp: int, gold: int, pred: int) -> tuple[float, float, float]:
    p = tp / pred if pred else 0.0
    rc = tp / gold if gold else 0.0
    return p, rc, (2 * p * rc / (p + rc) if p + rc else 0.0)


def by_class(t: collections.Counter) -> list[str]:
    """Sensitivity and specificity per class: published slips flagged by the kind the
    reader gave them, false flags by the rule that raised them (a flag names every rule
    whose identity failed, so a flag may count under two rules)."""
    kinds = sorted(k.split(":")[1] for k in t if k.startswith("slip_kind:") and not k.endswith(":flagged"))
    out = []
    if kinds:
        out.append("  published slips by kind: " + ", ".join(
            f"{k} {t[f'slip_kind:{k}:flagged']}/{t[f'slip_kind:{k}']}" for k in kinds))
    rules = sorted(k.split(":", 1)[1] for k in t if k.startswith("false_flag_rule:") and t[k])
    if rules:
        out.append("  false flags by rule: " + ", ".join(f"{r} {t[f'false_flag_rule:{r}']}" for r in rules))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("folders", nargs="+")
    ap.add_argument("--inject", action="store_true")
    ap.add_argument("--json")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--desk", action="store_true",
                    help="scan each article as its outlet's own desk would, with the home currency of the "
                         "outlet's country where its money prints as a bare '$' or a letter prefix (DESK_CURRENCIES)")
    ap.add_argument("--no-assumed-dates", action="store_true",
                    help="scan undated articles without a date (by default: the month after the slug's data month)")
    a = ap.parse_args(argv)
    global ASSUME_DATES, DESK
    DESK = a.desk
    ASSUME_DATES = not a.no_assumed_dates
    files = []
    for f in a.folders:
        p = Path(f)
        files += sorted(p.rglob("*.yaml")) if p.is_dir() else [p]
    total: collections.Counter = collections.Counter()
    per = {}
    for f in files:
        r = score_article(f, a.inject, a.verbose)
        per[f.stem] = r
        total.update(r)
    t = total
    pred_matched = t["predicted"]
    vp, vr, vf = f1(t["value_tp"], t["gold"], pred_matched)
    _, _, tf = f1(t["typed_tp"], t["gold"], pred_matched)
    lines = [f"articles {len(files)} ({t['assumed_date']} undated, scanned with an assumed date)  "
             f"gold claims {t['gold']}  predicted {t['predicted']}",
             f"extraction: value P {vp:.3f} R {vr:.3f} F1 {vf:.3f}; typed F1 {tf:.3f}; spurious {t['spurious']}",
             # the counts behind both F1s, so that sides.py can sum them over sets
             f"  matched: value {t['value_tp']}, typed {t['typed_tp']} (of gold {t['gold']}, predicted {t['predicted']})"]
    frame = "  ".join(f"{f} {t[f + '_ok'] / t[f + '_n']:.3f} ({t[f + '_n']})" for f in FRAME_FIELDS if t[f + "_n"])
    lines.append(f"frame (on value-matched claims): {frame}")
    if t["own_n"]:
        lines.append(f"reference matching (entry named with the tool's own metric and subject, gold period/role/value; "
                     f"extraction misses count as failures): {t['own_ok']}/{t['own_n']} = {t['own_ok'] / t['own_n']:.3f} "
                     f"(one series stated with two values, left out: {t['own_ambiguous']})")
    if t["ref_n"]:
        lines.append(f"reference matching, strict (entry named with the gold's metric and subject): "
                     f"{t['ref_ok']}/{t['ref_n']} = {t['ref_ok'] / t['ref_n']:.3f} "
                     f"(ambiguous gold keys left out: {t['ref_ambiguous']})")
    lines.append(f"real slips flagged: {t['slips_flagged']}/{t['slips']}; false flags on clean text: {t['false_flags']}")
    lines.extend(by_class(t))
    if a.inject and t["inj"]:
        kinds = sorted({k[4:-7] for k in t if k.startswith("inj_") and k.endswith("_caught")} |
                       {k[4:] for k in t if k.startswith("inj_") and not k.endswith("_caught") and k != "inj_caught"})
        by_kind = ", ".join(f"{k} {t[f'inj_{k}_caught']}/{t[f'inj_{k}']}" for k in kinds if t[f"inj_{k}"])
        lines.append(f"injected slips caught: {t['inj_caught']}/{t['inj']} = {t['inj_caught'] / t['inj']:.3f} ({by_kind})")
        if t["flagged_clean_catches"]:
            lines.append(f"  not counted: {t['flagged_clean_catches']} flagged in relations the tool already flags on "
                         f"the clean text (counted as caught until 2026-12-03)")
    print("\n".join(lines))
    if a.json:
        Path(a.json).write_text(json.dumps({"total": dict(t), "articles": per}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
