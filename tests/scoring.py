"""Score extraction against hand annotation: a claim matches an expected one when its
span overlaps the expected text's first occurrence and value, unit, kind (and end)
agree. Used by the tests and by `python tests/scoring.py` for a per-case report."""

from __future__ import annotations

import math
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

HERE = Path(__file__).parent
CORPUS = HERE / "data" / "extract"


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    missed: list = field(default_factory=list)
    wrong: list = field(default_factory=list)
    extra: list = field(default_factory=list)
    forbidden: list = field(default_factory=list)

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0

    def add(self, other: "Score") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


def close(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)


def agrees(claim, exp, qualifier: bool = False) -> bool:
    ok = close(claim.value, exp["value"]) and claim.unit == exp["unit"] and claim.kind == exp["kind"]
    if "end" in exp:
        ok = ok and close(claim.end, exp["end"])
    if qualifier and "qualifier" in exp:
        ok = ok and claim.qualifier == exp["qualifier"]
    return ok


def score_claims(text: str, claims, expected: dict, qualifier: bool = False) -> Score:
    s = Score()
    used: set[int] = set()
    for exp in expected.get("must_find") or []:
        at = text.find(exp["text"])
        lo, hi = at, at + len(exp["text"])
        overlapping = [c for c in claims if c.span[0] < hi and c.span[1] > lo]
        good = [c for c in overlapping if agrees(c, exp, qualifier) and id(c) not in used]
        if good:
            s.tp += 1
            used.add(id(good[0]))
        else:
            s.fn += 1
            (s.wrong if overlapping else s.missed).append(
                (exp, [(c.surface, c.value, c.unit, c.kind, c.qualifier) for c in overlapping]))
    for c in claims:
        if id(c) not in used:
            s.fp += 1
            s.extra.append((c.surface, c.value, c.unit, c.kind))
    for bad in expected.get("must_not_find") or []:
        for c in claims:
            if bad in c.surface or c.surface in bad and len(c.surface) > 1 and text.find(bad) >= 0 \
                    and any(c.span[0] >= i and c.span[1] <= i + len(bad) for i in _all(text, bad)):
                s.forbidden.append((bad, c.surface))
    return s


def _all(text: str, needle: str):
    i = text.find(needle)
    while i >= 0:
        yield i
        i = text.find(needle, i + 1)


def cases():
    return sorted(p.name[: -len(".expected.yaml")] for p in CORPUS.glob("*.expected.yaml"))


def run_case(name: str, qualifier: bool = False) -> Score:
    from factcheck.articles import read_article
    from factcheck.extract import extract

    article = read_article(CORPUS / f"{name}.txt")
    expected = yaml.safe_load((CORPUS / f"{name}.expected.yaml").read_text(encoding="utf-8"))
    return score_claims(article.text, extract(article), expected, qualifier)


if __name__ == "__main__":
    verbose = "-v" in sys.argv
    total = Score()
    for name in cases():
        s = run_case(name, qualifier="-q" in sys.argv)
        total.add(s)
        print(f"{name:45} tp={s.tp:3} fp={s.fp:3} fn={s.fn:3} f1={s.f1:.2f} forbidden={len(s.forbidden)}")
        if verbose:
            for exp, got in s.missed + s.wrong:
                print("   MISS", exp["text"], exp["value"], exp["unit"], exp["kind"], "got:", got)
            for e in s.extra:
                print("   EXTRA", e)
            for f in s.forbidden:
                print("   FORBIDDEN", f)
    print(f"TOTAL tp={total.tp} fp={total.fp} fn={total.fn} F1={total.f1:.3f}")
