"""The relations engine measured on its own: claims built from a corpus's annotations (the
GUIDE.md format) instead of extracted, so that what is measured is what the engine does
with a right frame (metric, subject, period, role, direction, base period), not what
extraction gets wrong.

    python benchmarks/relations_oracle.py FOLDER... [-v] [--json OUT]

For each article: the annotated relations that hold and which the engine confirms (the
same claims), the published slips it flags, flags on clean claims, and slips planted in
the numbers of holding relations (value edited as `relations.slips.injections` edits
the surface) that it catches. No extraction, no references.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

import yaml

from factcheck.articles import read_article
from factcheck.extract.mentions import scan_sentence
from factcheck.extract.numbers import parse_number_word
from factcheck.extract.sentences import split_sentences
from factcheck.models import Claim, Verdict
from factcheck.relations import analyse, apply_findings, slips

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "corpus" / "tools"))
from score import gold_start  # noqa: E402  (the corpus scorer's reading of a gold claim's place)

TYPES = ("sum", "difference", "share", "percent_change", "point_change", "repeated_figure", "product", "average",
         "ratio_conversion", "sub_period")


def _precision(surface: str, value: float, sentence: str = "", local: tuple[int, int] | None = None) -> float | None:
    p = slips.printed(surface)
    if p is None or not p.number:
        return _spelled_precision(value, sentence, local)
    factor = abs(value) / p.number
    return 10 ** -p.decimals * (factor or 1.0)


def _spelled_precision(value: float, sentence: str, local: tuple[int, int] | None) -> float | None:
    """A whole number printed in words ("four per cent", "twenty-five") is as precise as the
    tool's own reader takes it (±0.5), not exact: the frame the engine is measured on should
    round as the one extraction hands it. Fractions ("a third", "two out of every five")
    stay exact: their reading's step is a judgement the annotation makes for itself."""
    if not sentence or local is None:
        return None
    try:
        mentions = scan_sentence(sentence, {})
    except Exception:  # the reader on an annotated span it would not itself take
        return None
    m = next((m for m in mentions if m.start < local[1] and local[0] < m.end and m.precision and m.value
              and parse_number_word(m.raw) is not None), None)
    if m is None:
        return None
    return abs(m.precision) * (abs(value) / abs(m.value) or 1.0)


def gold_claims(txt: Path, doc: dict) -> tuple[object, list[Claim]]:
    article = read_article(txt)
    text = article.text
    sentences = split_sentences(text, article.body_start)
    claims = []
    for g in doc.get("claims") or []:
        surface = str(g["surface"])
        at = gold_start(text, surface, int(g.get("occurrence") or 1))
        if at < 0:
            continue
        s = next((x for x in sentences if x.start <= at < x.start + len(x.text)), None)
        if s is None:
            continue
        value = float(g["value"])
        c = Claim(surface=surface, span=(at, at + len(surface)), value=value, unit=str(g.get("unit") or "count"),
                  kind=str(g.get("kind") or "count"), qualifier=str(g.get("qualifier") or "exact"),
                  end=None if g.get("end") is None else float(g["end"]),
                  precision=_precision(surface, value, s.text, (at - s.start, at - s.start + len(surface))),
                  metric=g.get("metric"), subject=list(g.get("subject") or []),
                  period=None if g.get("period") is None else str(g["period"]), role=g.get("role"),
                  direction=g.get("direction"), base_period=None if g.get("base_period") is None else str(g["base_period"]),
                  sentence=s.text, line=text.count("\n", 0, at) + 1, id=str(g["id"]))
        c.context = {"sentence_start": s.start, "paragraph": s.paragraph, "local": (at - s.start, at - s.start + len(surface))}
        if c.direction:
            c.context["change"] = c.direction
        if c.role == "share":  # the whole a share names: what the frame gives as `share_of`
            # coordinated shares share the whole named after the last: "15.6, 13.5 and 12 percent of X"
            rest = re.sub(r"^(?:\s*(?:,|and|,\s*and)\s+[\d.]+\s*(?:%|percent|per\s+cent))+", "", text[at + len(surface):])
            of = re.match(r"\s*(?:of|in)\s+(?:the\s+|its\s+|their\s+)?([^,.;()]{2,60}?)"
                          r"(?=\s+(?:during|in|for|from|since|by|with|to|over|at|on|up|down|and|as)\b|[,.;()]|$)", rest)
            if of:
                c.context["share_of"] = of.group(1).strip()
        claims.append(c)
    return article, claims


FRAME_FIELDS = ("metric", "subject", "period", "role", "direction", "base_period")
#: fields whose values the tool's own extraction supplies instead of the annotation (--tool-fields)
TOOL_FIELDS: tuple[str, ...] = ()


def _with_tool_fields(article, claims: list[Claim]) -> None:
    """Ablation: replace the named frame fields of each annotated claim with what the tool's
    own extraction gives the claim at the same place in the text (a claim the tool missed
    keeps its annotation), so that each field's cost to the engine can be measured alone."""
    from factcheck.extract import extract

    mine = extract(article)
    for c in claims:
        t = next((m for m in mine if m.span[0] < c.span[1] and c.span[0] < m.span[1]), None)
        if t is None:
            continue
        for field in TOOL_FIELDS:
            setattr(c, field, getattr(t, field))
            if field == "direction":
                c.context.pop("change", None)
                if t.context.get("change"):
                    c.context["change"] = t.context["change"]
            if field == "role":
                c.context.pop("share_of", None)
                if t.context.get("share_of"):
                    c.context["share_of"] = t.context["share_of"]
            if field == "base_period" and t.context.get("baseline_period"):
                c.context["baseline_period"] = t.context["baseline_period"]


def _flagged(claims: list[Claim]) -> set[str]:
    return {c.id for c in claims if c.check.verdict == Verdict.INCONSISTENT.value}


def _run(article, claims: list[Claim]):
    for c in claims:
        c.check = type(c.check)()
    analysis = analyse(claims, article, [])
    apply_findings(claims, analysis.findings)
    return analysis


def score(yaml_path: Path, verbose: bool) -> collections.Counter:
    doc = yaml.safe_load(yaml_path.read_text(encoding="utf-8"))
    article, claims = gold_claims(yaml_path.with_suffix(".txt"), doc)
    if TOOL_FIELDS:
        _with_tool_fields(article, claims)
    by_id = {c.id: c for c in claims}
    r: collections.Counter = collections.Counter()
    notes = []
    analysis = _run(article, claims)
    confirmed = [frozenset(n.id for n in rel.nodes) for rel in analysis.relations if rel.holds]
    relations = doc.get("relations") or []
    slip_ids: set[str] = set()
    for s in doc.get("slips") or []:
        rel = next((x for x in relations if x["id"] == s["relation"]), {})
        slip_ids |= set(rel.get("input_ids") or []) | {rel.get("result_id")}
    flagged = _flagged(claims)
    for rel in relations:
        ids = frozenset([*(rel.get("input_ids") or []), rel.get("result_id")]) - {None}
        if rel.get("holds") and rel.get("type") in TYPES:
            r[f"rel_{rel['type']}"] += 1
            if any(ids <= found for found in confirmed):
                r[f"rel_{rel['type']}_found"] += 1
            elif verbose:
                notes.append(f"  relation not found: {rel['id']} {rel['type']} {rel.get('inputs')} → {rel.get('result')}")
    for s in doc.get("slips") or []:
        rel = next((x for x in relations if x["id"] == s["relation"]), {})
        ids = set(rel.get("input_ids") or []) | {rel.get("result_id")}
        r["slips"] += 1
        if ids & flagged:
            r["slips_flagged"] += 1
        elif verbose:
            notes.append(f"  slip not flagged: {s['relation']} {s.get('kind')} ({rel.get('type')})")
    for cid in flagged - slip_ids:
        r["false_flags"] += 1
        if verbose:
            notes.append(f"  FALSE FLAG {by_id[cid].surface!r}: {'; '.join(by_id[cid].check.reasons)[:240]}")
    # planted slips
    for rel in relations:
        if not rel.get("holds") or rel.get("type") not in TYPES:
            continue
        ids = [i for i in [*(rel.get("input_ids") or []), rel.get("result_id")] if i in by_id]
        found = any(frozenset(ids) <= f for f in confirmed)
        for cid in ids:
            c = by_id[cid]
            for slip in slips.injections(c.surface):
                old = (c.value, c.surface)
                p_old, p_new = slips.printed(c.surface), slips.printed(slip.surface)
                if p_old is None or p_new is None or not p_old.number:
                    continue
                new_number = p_new.number * (-1 if p_new.sign in ("-", "−") else 1)
                old_number = p_old.number * (-1 if p_old.sign in ("-", "−") else 1)
                factor = slip.factor if slip.kind == "scale_word" else new_number / old_number
                if slip.kind == "sign_dropped":
                    factor = -1 if c.value < 0 else 1
                c.value, c.surface = c.value * factor, slip.surface
                c.precision = _precision(c.surface, c.value)
                direction = c.direction, c.context.get("change")
                if slip.kind == "sign_dropped" and c.direction:
                    # the annotated direction of "-56%" came from its sign: without it, a
                    # frame reads the bare figure as a rise
                    c.direction = c.context["change"] = "up"
                _run(article, claims)
                newly = (_flagged(claims) - flagged) & set(ids)
                caught = bool(newly)
                r[f"type_{rel['type']}"] += 1
                r[f"type_{rel['type']}_caught"] += caught
                for rule_id in {x for cid in newly for x in by_id[cid].check.rules}:
                    r[f"rule_{rule_id}"] += 1  # the rules whose findings flag the caught slip
                c.direction = direction[0]
                if direction[1] is None:
                    c.context.pop("change", None)
                else:
                    c.context["change"] = direction[1]
                c.value, c.surface = old
                c.precision = _precision(c.surface, c.value)
                r["inj"] += 1
                r[f"inj_{slip.kind}"] += 1
                if found:
                    r["inj_found"] += 1
                    r["inj_found_caught"] += caught
                if caught:
                    r["inj_caught"] += 1
                    r[f"inj_{slip.kind}_caught"] += 1
                elif verbose:
                    notes.append(f"  inject missed {slip.kind}: {old[1]!r} → {slip.surface!r} ({rel['type']} {rel['id']})")
    _run(article, claims)
    if verbose and notes:
        print(yaml_path.stem + ":")
        print("\n".join(notes))
    return r


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="+")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--json")
    ap.add_argument("--tool-fields", default="", help="comma-separated frame fields (" + ", ".join(FRAME_FIELDS)
                    + ") to take from the tool's own extraction instead of the annotation: what each costs the engine")
    a = ap.parse_args(argv)
    global TOOL_FIELDS
    TOOL_FIELDS = tuple(f for f in a.tool_fields.split(",") if f)
    if set(TOOL_FIELDS) - set(FRAME_FIELDS):
        ap.error(f"--tool-fields: unknown field(s) {', '.join(sorted(set(TOOL_FIELDS) - set(FRAME_FIELDS)))}")
    files = []
    for f in a.folders:
        p = Path(f)
        files += sorted(p.rglob("*.yaml")) if p.is_dir() else [p]
    total: collections.Counter = collections.Counter()
    per = {}
    for f in files:
        per[f.stem] = score(f, a.verbose)
        total.update(per[f.stem])
    t = total
    found = ", ".join(f"{k} {t[f'rel_{k}_found']}/{t[f'rel_{k}']}" for k in TYPES if t[f"rel_{k}"])
    print(f"articles {len(files)}; relations found (engine confirms the annotated identity): {found}")
    print(f"real slips flagged: {t['slips_flagged']}/{t['slips']}; false flags on clean claims: {t['false_flags']}")
    if t["inj"]:
        kinds = sorted(k[4:] for k in t if k.startswith("inj_") and not k.endswith("_caught") and k != "inj_caught")
        print(f"planted slips caught: {t['inj_caught']}/{t['inj']} = {t['inj_caught'] / t['inj']:.3f} ("
              + ", ".join(f"{k} {t[f'inj_{k}_caught']}/{t[f'inj_{k}']}" for k in kinds if k != "found") + ")")
        print(f"  in relations the engine found on the clean claims: {t['inj_found_caught']}/{t['inj_found']}")
        print("  by annotated relation type: " + ", ".join(
            f"{k} {t[f'type_{k}_caught']}/{t[f'type_{k}']}" for k in TYPES if t[f"type_{k}"]))
        print("  caught slips flagged by rule: " + ", ".join(
            f"{k[5:]} {v}" for k, v in sorted(t.items()) if k.startswith("rule_")))
    if a.json:
        Path(a.json).write_text(json.dumps({"total": dict(t), "articles": per}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
