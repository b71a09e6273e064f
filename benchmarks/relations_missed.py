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
    return t


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
            counts[(rel["type"], why.split(":")[0], rel.get("holds"))] += 1
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
