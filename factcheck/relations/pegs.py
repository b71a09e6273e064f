"""Exchange rates fixed by law: a currency pegged to the dollar or the euro (a currency
board, a monetary union's parity). One conversion of a pegged pair is checked against the
parity alone, with no second conversion or reference rate to compare it with."""

from __future__ import annotations

from typing import Optional

#: currency -> (anchor, units of the currency per anchor unit (low, high), first year in force).
#: Parities unchanged since that year (central banks' own statements); a band (the Hong
#: Kong dollar's 7.75-7.85) gives its two ends.
PEGS: dict[str, tuple[str, tuple[float, float], int]] = {
    "SAR": ("USD", (3.75, 3.75), 1987),
    "AED": ("USD", (3.6725, 3.6725), 1998),
    "QAR": ("USD", (3.64, 3.64), 2002),
    "OMR": ("USD", (0.3845, 0.3845), 1987),
    "BHD": ("USD", (0.376, 0.376), 2002),
    "JOD": ("USD", (0.709, 0.709), 1996),
    "DJF": ("USD", (177.721, 177.721), 1974),
    "HKD": ("USD", (7.75, 7.85), 2006),
    "XCD": ("USD", (2.70, 2.70), 1977),
    "BBD": ("USD", (2.0, 2.0), 1976),
    "BZD": ("USD", (2.0, 2.0), 1977),
    "BSD": ("USD", (1.0, 1.0), 1974),
    "BMD": ("USD", (1.0, 1.0), 1973),
    "PAB": ("USD", (1.0, 1.0), 1905),
    "ANG": ("USD", (1.79, 1.79), 1972),
    "AWG": ("USD", (1.79, 1.79), 1987),
    "XAF": ("EUR", (655.957, 655.957), 1999),
    "XOF": ("EUR", (655.957, 655.957), 1999),
    "KMF": ("EUR", (491.96775, 491.96775), 1999),
    "XPF": ("EUR", (119.33174, 119.33174), 1999),
    "CVE": ("EUR", (110.265, 110.265), 1999),
    "BGN": ("EUR", (1.95583, 1.95583), 1999),
    "STN": ("EUR", (24.5, 24.5), 2018),
    # ERM II: the krone's central rate with its band of 2.25 per cent either side
    "DKK": ("EUR", (7.46038 * 0.9775, 7.46038 * 1.0225), 1999),
    "KYD": ("USD", (1 / 1.2, 1 / 1.2), 1974),
    "ERN": ("USD", (15.0, 15.0), 2005),
    # the pataca is fixed to the Hong Kong dollar (1.03), itself held in its band
    "MOP": ("USD", (1.03 * 7.75, 1.03 * 7.85), 2006),
    "BAM": ("EUR", (1.95583, 1.95583), 1999),
}


def parity(currency: str, other: str, year: Optional[int]) -> Optional[tuple[float, float]]:
    """Units of `other` per unit of `currency` (low, high) when one of the two is pegged to
    the other (or both to one anchor) in `year` (None: any year), else None."""
    def per_anchor(code: str) -> Optional[tuple[str, tuple[float, float]]]:
        peg = PEGS.get(code)
        if peg is None or year is not None and year < peg[2]:
            return None
        return peg[0], peg[1]

    a = per_anchor(currency) or ((currency, (1.0, 1.0)) if currency in ("USD", "EUR") else None)
    b = per_anchor(other) or ((other, (1.0, 1.0)) if other in ("USD", "EUR") else None)
    if a is None or b is None or a[0] != b[0] or currency == other:
        return None
    # other per currency = (other per anchor) / (currency per anchor)
    return b[1][0] / a[1][1], b[1][1] / a[1][0]
