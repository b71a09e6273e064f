#!/usr/bin/env python
"""Bounded cost: one article from 10 KB to 2 MB, cost per KB of every stage of a scan.

    python benchmarks/scale.py [--quick] [--sizes 10,50,200,500,1000,2000]

Each article is real published text: the test corpora and the seeds concatenated, in a
fixed order, until the size is reached (so a 2 MB article is many real stories in one
file, with their real claims, dates and numbers). Stages are timed apart, in one warm
process, so that a stage that grows faster than its input stands out:

  read      read_article: decode, front matter, date, id
  extract   the grammar (sentences, mentions, context, frames)
  refs      check_claims with no consistency findings: reference matching only
  rules     the consistency rules (check_claims minus refs); owned by the relations
            engine, shown apart so their cost is visible on its own
  merge     claimfile.merge of a re-scan onto the previous claim file
  dump      claimfile.dumps
  load      claimfile.loads: YAML, schema validation, wholeness

For each size: ms per KB of each stage, of everything outside the rules, and of the
whole scan; then each per-KB cost over the one at the reference size (the first size of
at least 50 KB, where fixed costs no longer dominate). Linear means ratios near 1; the
goal for everything outside the rules is at most 1.5. Nothing is asserted.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from factcheck import claimfile  # noqa: E402
from factcheck.articles import read_article  # noqa: E402
from factcheck.check import check_claims  # noqa: E402
from factcheck.extract import extract  # noqa: E402
from factcheck.references import load_references  # noqa: E402

STAGES = ("read", "extract", "refs", "rules", "merge", "dump", "load")
GOAL = 1.5


def sources() -> list[str]:
    paths = sorted((REPO / "tests" / "data").rglob("*.txt")) + sorted((REPO / "seeds").glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def article_of_size(texts: list[str], kb: int) -> str:
    parts, size, i = [], 0, 0
    while size < kb * 1024:
        parts.append(texts[i % len(texts)])
        size += len(parts[-1].encode("utf-8")) + 2
        i += 1
    return "date 2025-05-21\n" + "\n\n".join(parts)


def measure(path: Path, references) -> dict[str, float]:
    t: dict[str, float] = {}
    start = time.perf_counter()
    article = read_article(path)
    t["read"] = time.perf_counter() - start
    start = time.perf_counter()
    claims = extract(article)
    t["extract"] = time.perf_counter() - start
    start = time.perf_counter()
    check_claims(claims, references, article, findings=[])
    t["refs"] = time.perf_counter() - start
    start = time.perf_counter()
    check_claims(claims, references, article)
    t["rules"] = max(0.0, time.perf_counter() - start - t["refs"])
    first = claimfile.merge(None, article, claims)
    text = claimfile.dumps(first)
    again, prior = extract(article), claimfile.loads(text)
    start = time.perf_counter()
    claimfile.merge(prior, article, again)
    t["merge"] = time.perf_counter() - start
    start = time.perf_counter()
    text = claimfile.dumps(first)
    t["dump"] = time.perf_counter() - start
    start = time.perf_counter()
    claimfile.loads(text)
    t["load"] = time.perf_counter() - start
    t["claims"] = len(claims)
    return t


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="10 KB to 400 KB only")
    parser.add_argument("--sizes", help="comma-separated sizes in KB")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else (
        [10, 50, 100, 200, 400] if args.quick else [10, 50, 200, 500, 1000, 2000])
    references = load_references(REPO / "reference").references
    texts = sources()
    warm = Path(tempfile.mkdtemp()) / "warm.txt"
    warm.write_text(texts[0], encoding="utf-8")
    measure(warm, references)  # imports and compiled grammar out of the timings
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for kb in sizes:
            path = Path(tmp) / f"article-{kb}kb.txt"
            path.write_text(article_of_size(texts, kb), encoding="utf-8")
            real_kb = os.path.getsize(path) / 1024
            t = measure(path, references)
            outside = sum(t[s] for s in STAGES if s != "rules")
            rows.append((kb, real_kb, t, outside))
            per = "  ".join(f"{s} {1000 * t[s] / real_kb:6.2f}" for s in STAGES)
            print(f"{kb:5d} KB {int(t['claims']):6d} claims | ms/KB: {per} | outside rules {1000 * outside / real_kb:6.2f}"
                  f"  whole {1000 * (outside + t['rules']) / real_kb:7.2f}", flush=True)
    base = next((r for r in rows if r[0] >= 50), rows[0])
    print(f"\nper-KB cost over the cost at {base[0]} KB (goal for everything outside the rules: ≤ {GOAL}):")
    for kb, real_kb, t, outside in rows:
        ratios = "  ".join(f"{s} {(t[s] / real_kb) / max(base[2][s] / base[1], 1e-12):5.2f}" for s in STAGES)
        o = (outside / real_kb) / (base[3] / base[1])
        mark = "ok" if o <= GOAL or kb < base[0] else "MISSED"
        print(f"{kb:5d} KB | {ratios} | outside rules {o:5.2f} {mark}")


if __name__ == "__main__":
    main()
