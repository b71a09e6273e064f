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


def cases(corpus: Path = None):
    corpus = corpus or CORPUS
    return sorted(p.name[: -len(".expected.yaml")] for p in corpus.glob("*.expected.yaml"))


def run_case(name: str, qualifier: bool = False, corpus: Path = None) -> Score:
    from factcheck.articles import read_article
    from factcheck.extract import extract

    corpus = corpus or CORPUS
    article = read_article(corpus / f"{name}.txt")
    expected = yaml.safe_load((corpus / f"{name}.expected.yaml").read_text(encoding="utf-8"))
    return score_claims(article.text, extract(article), expected, qualifier)


# --- the same yardstick for bare quantulum3 (paragraph by paragraph) ---------------------
_Q_CURRENCIES = {"dollar": "USD", "united states dollar": "USD", "euro": "EUR", "pound sterling": "GBP",
                 "yen": "JPY", "japanese yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "chinese yuan": "CNY",
                 "indian rupee": "INR", "rupee": "INR", "russian ruble": "RUB", "ruble": "RUB"}
_Q_UNITS = {"tonne": "tonne", "kilometre": "kilometer", "metre": "meter", "kilogram": "kilogram",
            "barrel": "barrel", "hectare": "hectare", "kilowatt hour": "kilowatt_hour"}


@dataclass
class QClaim:
    surface: str
    span: tuple
    value: float
    unit: str
    kind: str
    end: float = None
    qualifier: str = "exact"


def quantulum_claims(text: str) -> list:
    """quantulum3's quantities in our terms, parsed paragraph by paragraph."""
    import warnings

    warnings.filterwarnings("ignore")
    from quantulum3 import parser

    out = []
    offset = 0
    for para in text.split("\n"):
        if para.startswith("date "):  # the corpus's date line is metadata, not article text
            offset += len(para) + 1
            continue
        for q in parser.parse(para) if para.strip() else []:
            name = q.unit.name.lower()
            entity = q.unit.entity.name
            if "percentage" in name:
                unit, kind = "percent", "percent"
            elif name in _Q_CURRENCIES or entity == "currency":
                unit, kind = _Q_CURRENCIES.get(name, name), "money"
            elif entity == "time":
                unit, kind = name.split()[0], "duration"
            elif entity == "dimensionless":
                unit, kind = "count", "count"
            else:
                unit, kind = _Q_UNITS.get(name, name), "measure"
            out.append(QClaim(q.surface, (offset + q.span[0], offset + q.span[1]), q.value, unit, kind))
        offset += len(para) + 1
    return out


def run_case_quantulum(name: str) -> Score:
    text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
    expected = yaml.safe_load((CORPUS / f"{name}.expected.yaml").read_text(encoding="utf-8"))
    return score_claims(text, quantulum_claims(text), expected)


if __name__ == "__main__":
    verbose = "-v" in sys.argv
    # `python tests/scoring.py [-v] [-q] [--quantulum] [FOLDER]`: a folder of
    # <case>.txt + <case>.expected.yaml (default tests/data/extract)
    folders = [Path(a) for a in sys.argv[1:] if not a.startswith("-")]
    corpus = folders[0] if folders else CORPUS
    total = Score()
    for name in cases(corpus):
        s = run_case_quantulum(name) if "--quantulum" in sys.argv else \
            run_case(name, qualifier="-q" in sys.argv, corpus=corpus)
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
