"""The range of each year's euro reference rates (European Central Bank), read from
`ecb_rates.yaml`: what rate a conversion between two currencies the ECB quotes may use,
however the rate moved within the year."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Iterable, Optional

import yaml

_DATA = Path(__file__).with_name("ecb_rates.yaml")
#: Codes the ECB quoted before a redenomination (old lei, old lira): a text's "lei" or
#: "lira" is the new unit, ten thousand or a million of the old ones.
_RETIRED = frozenset({"ROL", "TRL"})


@functools.lru_cache(maxsize=1)
def _bands() -> dict[str, dict[int, tuple[float, float]]]:
    data = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    return {code: {int(y): (float(lo), float(hi)) for y, (lo, hi) in years.items()}
            for code, years in data.items() if code not in _RETIRED}


def _per_euro(code: str, year: int) -> Optional[tuple[float, float]]:
    if code == "EUR":
        return (1.0, 1.0) if year >= 1999 else None
    return _bands().get(code, {}).get(year)


def quoted_years(currency: str, other: str) -> list[int]:
    """The years the ECB quoted both currencies (the euro's own since 1999)."""
    def years(code: str) -> set[int]:
        return set(range(1999, max(_bands()["USD"]) + 1)) if code == "EUR" else set(_bands().get(code, {}))
    return sorted(years(currency) & years(other))


def rate_range(currency: str, other: str, years: Iterable[int]) -> Optional[tuple[float, float]]:
    """Units of `other` per unit of `currency`, lowest and highest, over the given years
    (None when the ECB quoted either currency in none of them)."""
    lows, highs = [], []
    for year in years:
        a, b = _per_euro(currency, year), _per_euro(other, year)
        if a is None or b is None:
            return None
        # other per currency = (other per euro) / (currency per euro), at its extremes
        lows.append(b[0] / a[1])
        highs.append(b[1] / a[0])
    if not lows or currency == other:
        return None
    return min(lows), max(highs)
