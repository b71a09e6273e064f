"""A number as the number grammar reads it from a sentence, before it becomes a claim.

Its own module because two stages build and edit it: `mentions` (numbers, units, signs)
and `ranges` (ranges, from-to pairs and conversions merged from neighbouring mentions).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from factcheck.extract.kinds import Q
from factcheck.quantities import rate_unit


@dataclass
class Mention:
    start: int
    end: int
    value: float
    unit: Optional[str]
    kind: Optional[str]
    qualifier: str = Q.EXACT
    end_value: Optional[float] = None
    precision: Optional[float] = None
    counted: Optional[str] = None  # the noun phrase a count counts
    scale: float = 1.0
    has_scale: bool = False
    bare: bool = False  # no unit, scale or noun of its own (yet)
    raw: str = ""
    word_number: bool = False
    info: dict = field(default_factory=dict)

    def give_denominator(self, denominator: str) -> None:
        """Read the figure per `denominator` ("$78" in "$82 a barrel, while WTI stood at $78"),
        and remember that it has one."""
        self.unit = rate_unit(self.unit, denominator)
        self.info["per"] = denominator
