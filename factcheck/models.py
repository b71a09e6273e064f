"""Data model shared by every stage. Imports nothing from the package."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Optional


class Kind(str, Enum):
    MONEY = "money"
    PERCENT = "percent"
    PERCENTAGE_POINT = "percentage_point"
    COUNT = "count"
    ORDINAL = "ordinal"
    DURATION = "duration"
    YEAR_RANGE = "year_range"
    MEASURE = "measure"
    MULTIPLIER = "multiplier"


class Qualifier(str, Enum):
    EXACT = "exact"
    APPROX = "approx"
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    LESS_THAN = "less_than"
    AT_MOST = "at_most"
    RANGE = "range"


class Role(str, Enum):
    """What a number is in its statement (the claim frame)."""

    LEVEL = "level"  # a stock or flow at a period: "exports reached $1.2 billion"
    CHANGE = "change"  # an absolute change: "$9.2 billion more than in May", "up 0.3 points"
    GROWTH = "growth"  # a percentage change: "rose 6.1 percent"
    SHARE = "share"  # a part of a whole: "52.7 percent of the total"
    RATE = "rate"  # a rate or ratio in its own right: inflation, unemployment, interest rates
    RATIO = "ratio"  # a multiple: "1.5 times", "ninefold"
    COUNT = "count"  # an ordinal that states a count: "his 11th visit"
    RANK = "rank"  # a position in an order: "third-largest"
    SPAN = "span"  # years, ages and durations: "(1953-1957)", "1,500-year-old"


class Direction(str, Enum):
    UP = "up"
    DOWN = "down"


class Verdict(str, Enum):
    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    INCONSISTENT = "inconsistent"
    UNVERIFIED = "unverified"


class ReviewStatus(str, Enum):
    UNREVIEWED = "unreviewed"
    VERIFIED = "verified"
    DISPUTED = "disputed"
    FALSE = "false"
    IGNORED = "ignored"


#: Reviewed as settled: still reported, no longer counted toward --fail-on.
SETTLED = {ReviewStatus.VERIFIED.value, ReviewStatus.IGNORED.value}
#: Reviewed as wrong: always counted toward --fail-on.
REJECTED = {ReviewStatus.DISPUTED.value, ReviewStatus.FALSE.value}


class FailOn(str, Enum):
    CONTRADICTED = "contradicted"
    INCONSISTENT = "inconsistent"
    UNVERIFIED = "unverified"
    NEVER = "never"

    def verdicts(self) -> set[str]:
        """The verdicts that count toward this threshold."""
        order = ["contradicted", "inconsistent", "unverified"]
        if self is FailOn.NEVER:
            return set()
        return set(order[: order.index(self.value) + 1])


class Format(str, Enum):
    TABLE = "table"
    JSON = "json"
    MARKDOWN = "markdown"
    CLAIMREVIEW = "claimreview"
    HTML = "html"
    SARIF = "sarif"
    GITHUB = "github"


@dataclass
class Article:
    id: str
    path: str
    text: str
    sha256: str
    date: Optional[str] = None  # ISO date 'YYYY-MM-DD'
    title: Optional[str] = None
    #: Publication year inferred from the text when no date is given; used only
    #: to resolve "last year" and the like, never written as the date.
    year_hint: Optional[int] = None
    #: 'text' or 'html': what the spans index.
    source_format: str = "text"
    #: Offset where the body starts (after front matter or a 'date' first line).
    body_start: int = 0

    @property
    def year(self) -> Optional[int]:
        if self.date:
            return int(self.date[:4])
        return self.year_hint


@dataclass
class Check:
    verdict: str = Verdict.UNVERIFIED.value
    reference: Optional[str] = None
    expected: Optional[str] = None
    reasons: list[str] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)
    source: Optional[str] = None
    #: The relations engine judged this the number most likely wrong, and what it
    #: should read: "2.43 billion yuan → 2.43 trillion yuan".
    suspect: bool = False
    correction: Optional[str] = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "verdict": self.verdict,
            "reference": self.reference,
            "expected": self.expected,
            "reasons": list(self.reasons),
        }
        if self.rules:
            d["rules"] = list(self.rules)
        if self.source:
            d["source"] = self.source
        if self.suspect:
            d["suspect"] = True
        if self.correction:
            d["correction"] = self.correction
        return d

    @classmethod
    def from_dict(cls, d: Optional[dict]) -> "Check":
        d = d or {}
        return cls(
            verdict=d.get("verdict") or Verdict.UNVERIFIED.value,
            reference=d.get("reference"),
            expected=d.get("expected"),
            reasons=list(d.get("reasons") or []),
            rules=list(d.get("rules") or []),
            source=d.get("source"),
            suspect=bool(d.get("suspect")),
            correction=d.get("correction"),
        )


@dataclass
class Review:
    status: str = ReviewStatus.UNREVIEWED.value
    by: Optional[str] = None
    at: Optional[str] = None
    note: Optional[str] = None
    #: The decision that stood before the claim's value or sentence changed.
    previous: Optional[dict[str, Any]] = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"status": self.status, "by": self.by, "at": self.at, "note": self.note}
        if self.previous:
            d["previous"] = self.previous
        return d

    @classmethod
    def from_dict(cls, d: Optional[dict]) -> "Review":
        d = d or {}
        return cls(
            status=d.get("status") or ReviewStatus.UNREVIEWED.value,
            by=d.get("by"),
            at=None if d.get("at") is None else str(d.get("at")),
            note=d.get("note"),
            previous=d.get("previous"),
        )


@dataclass
class Claim:
    surface: str
    span: tuple[int, int]
    value: float
    unit: str
    kind: str
    qualifier: str = Qualifier.EXACT.value
    end: Optional[float] = None
    precision: Optional[float] = None
    metric: Optional[str] = None
    subject: list[str] = field(default_factory=list)
    period: Optional[str] = None
    #: The claim frame: what the number is (Role), the direction of a change, and
    #: what a change or share is measured against.
    role: Optional[str] = None
    direction: Optional[str] = None
    base_period: Optional[str] = None
    base_value: Optional[float] = None
    sentence: str = ""
    line: int = 0
    column: int = 0
    id: str = ""
    check: Check = field(default_factory=Check)
    review: Review = field(default_factory=Review)
    #: Extraction-time facts the consistency rules use; those in claimfile.CONTEXT_KEYS
    #: are written to the claim file under `context`.
    context: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def local(self) -> tuple[int, int]:
        """Where the number sits in its sentence, (0, 0) when extraction did not say."""
        local = self.context.get("local")
        # asked tens of times per claim: the tuple extraction made is returned as it is
        return local if type(local) is tuple else tuple(local or (0, 0))  # type: ignore[return-value]

    @property
    def verdict(self) -> str:
        return self.check.verdict

    @property
    def flagged(self) -> bool:
        return self.check.verdict in (Verdict.CONTRADICTED.value, Verdict.INCONSISTENT.value)


@dataclass
class Reference:
    id: str
    metric: str
    value: float  # fully scaled, in `unit_code`
    unit_code: str  # normalised unit: ISO code, 'percent', 'count', 'year', 'CNY/USD', pint name
    unit_text: str  # as written in the file
    aliases: list[str] = field(default_factory=list)
    subject: list[str] = field(default_factory=list)
    period: Optional[str] = None
    end: Optional[float] = None
    role: Optional[str] = None
    tolerance_abs: Optional[float] = None
    tolerance_rel: Optional[float] = None
    source: dict[str, Any] = field(default_factory=dict)
    note: Optional[str] = None
    file: str = ""
    line: int = 0
    raw_value: float = 0.0
    #: How the publisher marks the value: provisional, estimated, forecast, or None.
    status: Optional[str] = None
    #: The date the current value was published (ISO), when known.
    as_of: Optional[str] = None
    #: Earlier published values, newest first: {value (scaled), raw_value, as_of, status, source}.
    history: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Finding:
    """One internal-consistency finding: a rule, the claims it involves, and the arithmetic
    with the rounding intervals; for a failed identity, the claim most likely wrong and
    the correction that makes every identity hold."""

    rule: str
    claim_ids: list[str]
    reason: str
    flag: bool = True  # False: informative only (e.g. an implied baseline that agrees)
    reference: Optional[str] = None
    expected: Optional[str] = None
    kind: Optional[str] = None  # the identity: sum, difference, share, percent_change, ...
    suspect: Optional[str] = None  # id of the claim most likely wrong
    correction: Optional[str] = None  # "2.43 billion yuan → 2.43 trillion yuan"
    corrected_value: Optional[float] = None
    yardstick: list[str] = field(default_factory=list)  # claims the arithmetic takes as right: named, never flagged


@dataclass
class ClaimFile:
    article: dict[str, Any]
    claims: list[Claim]
    path: Optional[str] = None  # where it lives on disk, if it does

    @property
    def id(self) -> str:
        return str(self.article.get("id"))

    @property
    def date(self) -> Optional[str]:
        d = self.article.get("date")
        return None if d is None else str(d)
