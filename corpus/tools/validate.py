#!/usr/bin/env python3
"""Validate annotated articles (GUIDE.md): format, surfaces, periods, and relation arithmetic.

    python validate.py FOLDER [FOLDER...]     # exit 1 when anything is wrong

Reads only the annotation and the text; never runs factcheck.
"""

from __future__ import annotations

import itertools
import math
import re
import sys
from pathlib import Path

import yaml

UNITS_FREE = True  # units are checked loosely: ISO codes, known words, or pint-like names
KINDS = {"money", "percent", "percentage_point", "count", "ordinal", "duration", "year_range", "measure", "multiplier"}
QUALIFIERS = {"exact", "approx", "more_than", "at_least", "less_than", "at_most", "range"}
DIRECTIONS = {None, "up", "down"}
ROLES = {"level", "change", "growth", "share", "rate", "ratio", "count", "rank", "span"}
RELATIONS = {"sum", "difference", "share", "percent_change", "point_change", "ratio_conversion", "repeated_figure",
             "product", "average", "sub_period", "comparison", "year_span", "anniversary"}
SLIP_KINDS = {"scale_word", "dropped_sign", "balance_sign", "digit", "change_mismatch", "share_mismatch",
              "restated_figure", "year_span", "point_mismatch", "other"}
PERIOD = re.compile(r"^\d{4}(?:-(?:H[12]|Q[1-4]|\d{2}(?:-\d{2})?))?(?:/\d{4}(?:-(?:\d{2}(?:-\d{2})?|H[12]|Q[1-4]))?)?$")
NUMBER = re.compile(r"\d[\d,. ]*\d|\d")


def half_ulp(claim: dict) -> float:
    """Half a unit of the last printed digit, in the claim's scaled value."""
    surface = str(claim.get("surface", ""))
    value = float(claim.get("value") or 0)
    m = NUMBER.search(surface)
    if not m or not value:
        return 0.0
    token = m.group(0).replace(" ", "")
    # decimal part: the last '.' (or a ',' followed by 1-2 digits at the end: decimal comma)
    dec = 0
    mm = re.search(r"[.,](\d{1,2})$", token) if token.count(",") + token.count(".") == 1 else re.search(r"\.(\d+)$", token)
    if mm and not re.search(r",\d{3}$", token):
        dec = len(mm.group(1))
    digits = float(re.sub(r"[^\d]", "", token) or 0) / (10 ** dec)
    if not digits:
        return 0.0
    scale = abs(value) / digits
    return 0.5 * (10 ** -dec) * scale


def interval(claim: dict) -> tuple[float, float]:
    v = float(claim["value"])
    if str(claim.get("direction")) == "down" and claim.get("role") in ("growth", "change") and v > 0:
        v = -v
    h = half_ulp(claim)
    if claim.get("qualifier") == "approx":
        h = max(h, abs(v) * 0.05)
    return v - h, v + h


def corners(fn, ivs):
    vals = []
    for combo in itertools.product(*ivs):
        try:
            vals.append(fn(*combo))
        except ZeroDivisionError:
            pass
    return (min(vals), max(vals)) if vals else (math.nan, math.nan)


def evaluate(rel: dict, by_id: dict) -> tuple[bool | None, str]:
    """(holds, arithmetic) from the relation's inputs and result; None when not evaluable."""
    t = rel.get("type")
    ins = [by_id.get(i) for i in rel.get("input_ids") or []]
    res = by_id.get(rel.get("result_id"))
    if any(i is None for i in ins) or res is None:
        return None, "inputs or result not found"
    ivs = [interval(c) for c in ins]
    r_lo, r_hi = interval(res)
    signs = rel.get("signs") or [1] * len(ivs)
    if t == "sum":
        lo, hi = corners(lambda *x: sum(s * v for s, v in zip(signs, x)), ivs)
    elif t == "difference":
        lo, hi = corners(lambda a, *b: a - sum(b), ivs)
        # balances are printed unsigned ("a deficit of $40 billion"): compare magnitudes
        if r_lo >= 0 and hi < 0:
            lo, hi = -hi, -lo
    elif t == "share":
        lo, hi = corners(lambda p, w: 100 * p / w, ivs[:2])
    elif t == "percent_change":
        lo, hi = corners(lambda o, n: 100 * (n - o) / o, ivs[:2])
    elif t == "point_change":
        lo, hi = corners(lambda o, n: n - o, ivs[:2])
    elif t == "product":
        lo, hi = corners(lambda *x: math.prod(x), ivs)
    elif t == "average":
        # the mean of the inputs, or (two inputs) a total divided by a count
        lo, hi = corners(lambda *x: sum(x) / len(x), ivs)
        if len(ivs) == 2 and not (lo <= r_hi and r_lo <= hi):
            lo, hi = corners(lambda a, b: a / b, ivs)
    elif t == "repeated_figure":
        lo, hi = ivs[0]
    elif t == "sub_period":
        ok = ivs[0][0] <= r_hi
        return ok, f"sub-period {ins[0]['value']} <= period {res['value']}: {ok}"
    elif t == "year_span":
        c = ins[0]
        if c.get("end") is None:
            return None, "year_span input has no end"
        span = float(c["end"]) - float(c["value"]) + 1
        ok = abs(span - float(res["value"])) < 0.5 or abs(span - 1 - float(res["value"])) < 0.5
        return ok, f"{c['value']}–{c['end']} spans {span:g} years; stated {res['value']}"
    elif t == "comparison":
        op = rel.get("comparison")
        a, b = ivs[0], (r_lo, r_hi)
        ok = {">": a[1] > b[0], "<": a[0] < b[1]}.get(op)
        return ok, f"{ins[0]['value']} {op} {res['value']}"
    else:
        return None, f"type {t} is not evaluated"
    overlap = lo <= r_hi and r_lo <= hi
    q = res.get("qualifier")
    if q in ("more_than", "at_least"):
        overlap = hi >= r_lo
    elif q in ("less_than", "at_most"):
        overlap = lo <= r_hi
    if rel.get("comparison") == "≈":
        slack = 0.05 * max(abs(r_lo), abs(r_hi))
        overlap = lo - slack <= r_hi and r_lo <= hi + slack
    return overlap, f"computed [{lo:.6g}, {hi:.6g}] vs stated [{r_lo:.6g}, {r_hi:.6g}]"


def occurrences(text: str, s: str) -> int:
    return len(re.findall(re.escape(s), text))


_LINE_LEAD = re.compile(r"\s*(?:-\s+)?(?:[\w-]+:\s+)?")


def comment_cuts(raw: str) -> list[tuple[int, str]]:
    """Lines where YAML reads a comment: a '#' after a space in an unquoted value ends the
    value there ("note: 3 + 4 = 7 #2 in rank" loads as "3 + 4 = 7"), and a line opening with
    '#' is dropped. The loaded file is well-formed, so only the raw text shows the loss."""
    cuts = []
    for n, line in enumerate(raw.splitlines(), 1):
        if line.lstrip().startswith("#"):
            cuts.append((n, "a line opening with '#' is a YAML comment, dropped on loading"))
        elif " #" in line and line[_LINE_LEAD.match(line).end():][:1] not in ("'", '"'):
            cuts.append((n, "an unquoted value holding ' #' is cut there (YAML reads a comment): quote the value"))
    return cuts


def validate(yaml_path: Path) -> list[str]:
    errs: list[str] = []
    txt_path = yaml_path.with_suffix(".txt")
    if not txt_path.exists():
        return [f"{yaml_path}: no {txt_path.name}"]
    text = txt_path.read_text(encoding="utf-8")
    try:
        doc = yaml.safe_load(yaml_path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        return [f"{yaml_path}: not YAML: {exc}"]
    errs.extend(f"{yaml_path}:{n}: {why}" for n, why in comment_cuts(yaml_path.read_text(encoding="utf-8")))
    for key in ("article", "url", "outlet", "country", "date", "topic", "claims", "relations", "not_claims"):
        if key not in doc:
            errs.append(f"{yaml_path}: missing '{key}'")
    if doc.get("article") != yaml_path.stem:
        errs.append(f"{yaml_path}: article '{doc.get('article')}' is not the file's slug")
    date = doc.get("date")
    first = text.split("\n", 1)[0]
    if date and not first.startswith(f"date {date}"):
        errs.append(f"{yaml_path}: date {date} but the text's first line is {first[:20]!r}")
    claims = doc.get("claims") or []
    by_id: dict = {}
    for c in claims:
        cid = c.get("id")
        where = f"{yaml_path}: claim {cid}"
        if cid in by_id:
            errs.append(f"{where}: duplicate id")
        by_id[cid] = c
        s = str(c.get("surface", ""))
        n = occurrences(text, s)
        occ = int(c.get("occurrence") or 1)
        if n == 0:
            errs.append(f"{where}: surface {s!r} not in the text")
        elif occ > n:
            errs.append(f"{where}: occurrence {occ} but {s!r} occurs {n} time(s)")
        try:
            float(c.get("value"))
        except (TypeError, ValueError):
            errs.append(f"{where}: value {c.get('value')!r} is not a number")
        for key, allowed in (("kind", KINDS), ("qualifier", QUALIFIERS), ("role", ROLES), ("direction", DIRECTIONS)):
            if c.get(key) not in allowed:
                errs.append(f"{where}: {key} {c.get(key)!r}")
        for key in ("period", "base_period"):
            p = c.get(key)
            if p is not None and not PERIOD.match(str(p)):
                errs.append(f"{where}: {key} {p!r} is not canonical")
        for key in ("unit", "metric", "counts"):
            if not c.get(key):
                errs.append(f"{where}: no {key}")
        if not isinstance(c.get("subject", []), list):
            errs.append(f"{where}: subject must be a list")
    for r in doc.get("relations") or []:
        where = f"{yaml_path}: relation {r.get('id')}"
        if r.get("type") not in RELATIONS:
            errs.append(f"{where}: type {r.get('type')!r}")
        if r.get("holds") not in (True, False):
            errs.append(f"{where}: holds must be true or false")
        ok, arith = evaluate(r, by_id)
        # a reader who disagrees with the validator's arithmetic says why in a note naming the validator
        # (a qualifier it ignores, exact counts it rounds): then the reader's judgement stands
        if ok is not None and ok != r.get("holds") and "validator" not in str(r.get("note", "")).lower():
            errs.append(f"{where}: holds={r.get('holds')} but {arith} (explain in note if intended)")
    slips = doc.get("slips") or []
    false_rel = {r.get("id") for r in doc.get("relations") or [] if r.get("holds") is False}
    for s in slips:
        if s.get("relation") not in false_rel:
            errs.append(f"{yaml_path}: slip names {s.get('relation')!r}, not a relation with holds: false")
        if s.get("wrong_id") not in by_id:
            errs.append(f"{yaml_path}: slip wrong_id {s.get('wrong_id')!r} is not a claim")
        if s.get("kind") not in SLIP_KINDS:
            errs.append(f"{yaml_path}: slip kind {s.get('kind')!r}")
    if false_rel - {s.get("relation") for s in slips}:
        errs.append(f"{yaml_path}: relations {sorted(false_rel)} do not hold but have no 'slips' entry")
    return errs


def main(argv: list[str]) -> int:
    files = []
    for a in argv or ["."]:
        p = Path(a)
        files += sorted(p.glob("*.yaml")) if p.is_dir() else [p]
    bad = 0
    stats = {"articles": 0, "claims": 0, "relations": 0, "slips": 0}
    outlets, countries = set(), set()
    for f in files:
        errs = validate(f)
        for e in errs:
            print(e)
        bad += bool(errs)
        doc = yaml.safe_load(f.read_text(encoding="utf-8")) or {}
        stats["articles"] += 1
        stats["claims"] += len(doc.get("claims") or [])
        stats["relations"] += len(doc.get("relations") or [])
        stats["slips"] += len(doc.get("slips") or [])
        outlets.add(doc.get("outlet"))
        countries.add(doc.get("country"))
    print(f"{stats} outlets={len(outlets)} countries={len(countries)}; {bad} file(s) with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
