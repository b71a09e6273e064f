"""`factcheck eval`: the tool measures itself on any corpus.

For every number that takes part in a relation the engine confirms on the clean text,
realistic slips are planted one at a time (scale word swapped, decimal point moved, two
digits transposed, a sign dropped, a part changed by a fifth: `relations.slips`), the
edited text is extracted and checked again, and a slip counts as caught when a claim
that was not flagged on the clean text now is: the edited number, or another number of
a relation it takes part in. Flags on the clean text are reported beside, since a tool
that flags everything catches everything. Pure apart from reading the articles.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from factcheck.models import Article, Claim, Reference, Verdict

Progress = Optional[Callable[[int, int, str], None]]


@dataclass
class Miss:
    surface: str
    edited: str
    kind: str
    rules: list[str]
    line: int


@dataclass
class ArticleEval:
    path: str
    id: str
    claims: int = 0
    relations: int = 0  # identities that hold on the clean text
    by_rounding: int = 0  # of which only thanks to rounding
    numbers: int = 0  # numbers taking part in them
    slips: int = 0
    caught: int = 0
    kinds: Counter = field(default_factory=Counter)  # slip kind → planted
    kinds_caught: Counter = field(default_factory=Counter)
    rules: Counter = field(default_factory=Counter)  # rule of the relation → planted
    rules_caught: Counter = field(default_factory=Counter)
    clean_flags: list[dict] = field(default_factory=list)  # flagged claims on the clean text
    missed: list[Miss] = field(default_factory=list)
    error: Optional[str] = None

    def to_dict(self) -> dict:
        d = dataclasses.asdict(self)
        for k in ("kinds", "kinds_caught", "rules", "rules_caught"):
            d[k] = dict(sorted(getattr(self, k).items()))
        return d


@dataclass
class EvalResult:
    articles: list[ArticleEval] = field(default_factory=list)

    def total(self) -> ArticleEval:
        t = ArticleEval(path="", id="total")
        for a in self.articles:
            for f in ("claims", "relations", "by_rounding", "numbers", "slips", "caught"):
                setattr(t, f, getattr(t, f) + getattr(a, f))
            for f in ("kinds", "kinds_caught", "rules", "rules_caught"):
                getattr(t, f).update(getattr(a, f))
            t.clean_flags.extend(a.clean_flags)
        return t

    def clean_flags_by_rule(self) -> Counter:
        out: Counter = Counter()
        for a in self.articles:
            for f in a.clean_flags:
                out.update(f["rules"])
        return out


def _checked(article: Article, references: list[Reference]):
    from factcheck.check import check_claims
    from factcheck.extract import extract
    from factcheck.relations import analyse

    claims = extract(article)
    analysis = analyse(claims, article, references)
    check_claims(claims, references, article, findings=analysis.findings)
    return claims, analysis


def _inconsistent(c: Claim) -> bool:
    """Flagged: inconsistent, or contradicted by a reference (run with an empty reference
    folder to measure the relations engine alone)."""
    return c.check.verdict in (Verdict.INCONSISTENT.value, Verdict.CONTRADICTED.value)


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < b and a < span[1] for a, b in spans)


def evaluate_article(article: Article, references: list[Reference]) -> ArticleEval:
    from factcheck.relations import slips

    result = ArticleEval(path=article.path, id=article.id)
    claims, analysis = _checked(article, references)
    result.claims = len(claims)
    flagged_before = [c.span for c in claims if _inconsistent(c)]
    result.clean_flags = [{"line": c.line, "surface": c.surface, "rules": list(c.check.rules),
                           "reasons": list(c.check.reasons)} for c in claims if _inconsistent(c)]
    confirmed = analysis.confirmed
    result.relations = len(confirmed)
    result.by_rounding = sum(1 for r in confirmed if r.by_rounding)
    relations_of: dict[str, list] = {}
    for r in confirmed:
        for n in r.nodes:
            relations_of.setdefault(n.id, []).append(r)
    numbers = [c for c in claims if c.id in relations_of]
    result.numbers = len(numbers)
    text = article.text
    for c in numbers:
        s, e = c.span
        related = {n.claim.span for r in relations_of[c.id] for n in r.nodes}
        rules = sorted({r.rule for r in relations_of[c.id]})
        for slip in slips.injections(c.surface):
            edited = text[:s] + slip.surface + text[e:]
            shift = len(slip.surface) - (e - s)

            def moved(span: tuple[int, int]) -> tuple[int, int]:
                return (span[0] + shift, span[1] + shift) if span[0] >= e else span

            region = [moved(x) for x in related if x != (s, e)] + [(s, s + len(slip.surface))]
            before = [moved(x) for x in flagged_before]
            try:
                new_claims, _ = _checked(dataclasses.replace(article, text=edited), references)
                caught = any(_inconsistent(n) and _overlaps(n.span, region) and not _overlaps(n.span, before)
                             for n in new_claims)
            except Exception:  # a crash on edited text is a miss, never the end of the run
                caught = False
            result.slips += 1
            result.kinds[slip.kind] += 1
            for rule in rules:
                result.rules[rule] += 1
            if caught:
                result.caught += 1
                result.kinds_caught[slip.kind] += 1
                for rule in rules:
                    result.rules_caught[rule] += 1
            else:
                result.missed.append(Miss(c.surface, slip.surface, slip.kind, rules, c.line))
    return result


def evaluate(paths: list, references: list[Reference], date: Optional[str] = None,
             progress: Progress = None) -> tuple[EvalResult, list]:
    """Evaluate every article under `paths`; (result, errors) as the scan collects them."""
    from factcheck.articles import discover, read_article
    from factcheck.errors import FactcheckError

    files, errors = discover(paths)
    out = EvalResult()
    for i, p in enumerate(files):
        try:
            article = read_article(Path(p), date)
            out.articles.append(evaluate_article(article, references))
        except FactcheckError as exc:
            errors.append(exc)
        if progress:
            progress(i + 1, len(files), str(p))
    return out, errors
