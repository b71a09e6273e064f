"""The annotated relations of some types the engine does not confirm on the annotated
frames, each with its figures, units, periods and the text between them, and a first
guess at why (a class to check by reading, not a verdict).

    python benchmarks/relations_missed.py FOLDER... [--types ratio_conversion,average,product]
        [--tool-fields metric,subject,...] [--counts]

Uses the claims `relations_oracle.gold_claims` builds, so that what is listed is what the
engine misses with a right frame (or with the tool's fields, as the oracle's ablation).
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).parent))
import relations_oracle as oracle  # noqa: E402

_TIMES = re.compile(r"\b(?:times|fold|twice|double|triple|half|thrice)\b", re.I)
_AVG = re.compile(r"\b(?:average|annual|per\s+year|a\s+year|yearly|each\s+year)\b", re.I)
_BRACKET_OR = re.compile(r"^\s*(?:\(|,|—|–|-)?\s*(?:or|about|around|roughly|approximately|nearly|some|"
                         r"equivalent\s+to|equal\s+to|worth|i\.e\.)?\s*(?:about|around|roughly|approximately|nearly|some)?\s*$",
                         re.I)


def _between(text: str, a, b) -> str:
    lo, hi = sorted([a.span, b.span])
    return text[lo[1]: hi[0]] if hi[0] - lo[1] < 300 else f"<{hi[0] - lo[1]} chars>"


def classify(rel: dict, by_id: dict, text: str) -> str:
    ins = [by_id[i] for i in rel.get("input_ids") or [] if i in by_id]
    res = by_id.get(rel.get("result_id"))
    if res is None or len(ins) != len(rel.get("input_ids") or []):
        return "claim-not-located"
    nodes = [*ins, res]
    sentence_of = {c.id: c.context["sentence_start"] for c in nodes}
    same_sentence = len(set(sentence_of.values())) == 1
    t = rel["type"]
    if t == "ratio_conversion":
        a = ins[0]
        units = {c.unit for c in nodes}
        if any(c.end is not None for c in nodes):
            return "range-to-range"
        if len(ins) > 1:
            return "conversion-with-rate-figure"
        if a.unit == res.unit:
            between = _between(text, a, res)
            if _TIMES.search(between) or _TIMES.search(res.sentence):
                return "times-ratio"
            return "same-unit-ratio"
        if len(units) == 2 and all(c.kind == "money" for c in nodes):
            between = _between(text, a, res)
            if not same_sentence:
                return "fx-other-sentence"
            if not _BRACKET_OR.match(between):
                return f"fx-gap:{between.strip()[:30]!r}"
            if "USD" not in units:
                return "fx-non-usd-pair"
            return "fx-adjacent"
        return "unit-conversion"
    if t == "average":
        if any("/" in c.unit for c in nodes):
            return "unit-value"
        if _AVG.search(res.sentence):
            return "annual-average" if re.search(r"\b(?:year|annual)", res.sentence, re.I) else "average"
        return "average-other"
    if t == "product":
        if any("/" in c.unit for c in nodes):
            return "unit-value-product"
        if _TIMES.search(res.sentence):
            return "times-product"
        return "product-other"
    if t == "sum":
        return _classify_sum(ins, res, text)
    if t == "share":
        return _classify_share(rel, ins, res, text)
    return t


_IMPLIED = re.compile(r"\b(?:among\s+(?:them|these|those|which)|of\s+(?:which|this|these|them|that|the\s+total)|"
                      r"the\s+rest|including|includ(?:es|ed)|comprising|compris(?:es|ed)|consist(?:s|ed)?\s+of|"
                      r"made\s+up\s+of|split|broken\s+down|break-?down)\b", re.I)
_REMAINDER = re.compile(r"\b(?:other|others|rest|remaining|remainder|non-|non\b)", re.I)
_WORD = re.compile(r"[a-z]+")
_STOP = frozenset({"the", "of", "in", "to", "from", "by", "and", "a", "an", "for", "on", "total", "value", "number"})


def _words(metric) -> frozenset:
    return frozenset(_WORD.findall(str(metric or "").lower())) - _STOP


def _span_text(text: str, nodes) -> str:
    lo = min(c.span[0] for c in nodes)
    hi = max(c.span[1] for c in nodes)
    return text[lo:hi]


def _listed(text: str, nodes) -> bool:
    """Parts laid out as a list or table: on lines of their own, or after a colon with
    semicolons or bullets between them."""
    lines = {text.count("\n", 0, c.span[0]) for c in nodes}
    between = _span_text(text, nodes)
    return len(lines) >= 3 or bool(re.search(r"^\s*(?:[-*•|]|\d+\.)\s", between, re.M)) \
        or ("|" in between) or between.count(";") >= 1


def _classify_sum(ins, res, text: str) -> str:
    why = _sum_why(ins, res, text)
    if len({c.context.get("paragraph") for c in [*ins, res]}) > 1:
        why += "/paragraphs"
    return why


def _sum_why(ins, res, text: str) -> str:
    nodes = [*ins, res]
    if len({c.unit for c in nodes}) > 1:
        return "sum:units-differ"
    if len({c.role for c in ins}) > 1 or (res.role not in {c.role for c in ins}):
        return "sum:roles-mixed"  # level + change, signed flows (births − deaths)
    if len({c.period for c in ins}) > 1 or any(c.period != res.period for c in ins):
        return "sum:periods-differ"  # parts over sub-periods or the base and its change
    if len(ins) > 6:
        return "sum:many-parts"
    between = _span_text(text, nodes)
    if _IMPLIED.search(between) and res.span[0] < min(c.span[0] for c in ins):
        return "sum:implied-whole"
    if any(_REMAINDER.search(str(c.metric or "")) or _REMAINDER.search(c.surface) for c in ins):
        return "sum:remainder-part"
    wm = _words(res.metric)
    pms = [_words(c.metric) for c in ins]
    if re.search(r"\band\b|\+|&|combined", str(res.metric or ""), re.I) or all(pm and pm <= wm for pm in pms):
        return "sum:total-named-after-parts"
    subs = [frozenset(map(str.lower, c.subject or [])) for c in ins]
    if len(set(subs)) == len(subs) and len(set(subs)) > 1:
        if all(pm == pms[0] for pm in pms):
            return "sum:parts-by-subject"
        return "sum:parts-by-subject+metric"
    if wm and all(pm > wm for pm in pms):
        return "sum:parts-by-modifier"
    if _listed(text, ins):
        return "sum:listed-parts"
    if wm and all(pm and wm & pm for pm in pms):
        return "sum:parts-share-head"
    return "sum:parts-named-otherwise"


def _classify_share(rel, ins, res, text: str) -> str:
    why = _share_why(rel, ins, res, text)
    if len({c.context.get("paragraph") for c in [*ins, res]}) > 1:
        why += "/paragraphs"
    return why


def _share_why(rel, ins, res, text: str) -> str:
    if len(ins) != 2:
        return "share:not-two-inputs"
    part, whole = ins
    if res.role != "share":
        return f"share:result-role-{res.role}"
    if part.unit != whole.unit:
        return "share:units-differ"
    if part.role != whole.role:
        return "share:roles-mixed"
    if part.period != whole.period:
        return "share:periods-differ"
    if res.qualifier not in ("exact", "approx"):
        return "share:bounded"
    pw, ww = _words(part.metric), _words(whole.metric)
    ps = frozenset(map(str.lower, part.subject or []))
    ws = frozenset(map(str.lower, whole.subject or []))
    of = str(res.context.get("share_of") or "")
    if ps != ws and pw == ww:
        return "share:part-by-subject"
    if ww and pw > ww:
        return "share:part-by-modifier"
    if of and not (_words(of) & ww):
        return "share:whole-named-otherwise"
    if not of:
        return "share:no-of-phrase"
    return "share:parts-named-otherwise"


def missed(yaml_path: Path, types: set[str]):
    doc = yaml.safe_load(yaml_path.read_text(encoding="utf-8"))
    article, claims = oracle.gold_claims(yaml_path.with_suffix(".txt"), doc)
    if oracle.TOOL_FIELDS:
        oracle._with_tool_fields(article, claims)
    by_id = {c.id: c for c in claims}
    analysis = oracle._run(article, claims)
    confirmed = [frozenset(n.id for n in r.nodes) for r in analysis.relations if r.holds]
    tested = [frozenset(n.id for n in r.nodes) for r in analysis.relations]
    for rel in doc.get("relations") or []:
        if rel.get("type") not in types:
            continue
        ids = frozenset([*(rel.get("input_ids") or []), rel.get("result_id")]) - {None}
        holds = bool(rel.get("holds"))
        if holds and any(ids <= f for f in confirmed):
            continue
        if not holds and any(ids <= f for f in tested):
            continue  # a slip the engine tested (flagged or not is the oracle's count)
        yield rel, classify(rel, by_id, article.text), by_id, article.text


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="+")
    ap.add_argument("--types", default="ratio_conversion,average,product")
    ap.add_argument("--tool-fields", default="")
    ap.add_argument("--counts", action="store_true", help="only the count per class")
    a = ap.parse_args(argv)
    oracle.TOOL_FIELDS = tuple(f for f in a.tool_fields.split(",") if f)
    types = set(a.types.split(","))
    files = []
    for f in a.folders:
        p = Path(f)
        files += sorted(p.rglob("*.yaml")) if p.is_dir() else [p]
    counts: collections.Counter = collections.Counter()
    for f in files:
        for rel, why, by_id, text in missed(f, types):
            counts[(rel["type"], why if why.startswith(rel["type"] + ":") else why.split(":")[0], rel.get("holds"))] += 1
            if a.counts:
                continue
            ins = [by_id.get(i) for i in rel.get("input_ids") or []]
            res = by_id.get(rel.get("result_id"))
            figs = "; ".join(f"{c.surface} [{c.unit} {c.period} {c.role}]" if c else "?" for c in [*ins, res])
            print(f"{f.parent.name}/{f.stem} {rel['id']} {rel['type']} holds={rel.get('holds')} {why}\n    {figs}")
            if ins and ins[0] and res:
                print(f"    between: {_between(text, ins[0], res)!r}")
            if rel.get("note"):
                print(f"    note: {str(rel['note'])[:200]}")
    for k, v in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"{v:4d}  {k[0]:17s} {k[1]:28s} holds={k[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
