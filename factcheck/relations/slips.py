"""Realistic slips of a printed figure: a scale word swapped, the decimal point moved,
two digits transposed, a sign dropped, a digit group dropped, one digit struck a key
off (a long figure only).

The same catalogue serves two ends: `alternatives` lists the figures a printed number
would be if it were such a slip (the engine tries them to find the number most likely
wrong and its correction), and `injections` makes such slips in clean text (`factcheck
eval` measures what the engine catches). Pure.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from typing import Optional

from factcheck.models import Claim

# a number may follow a glued currency ("RMB6.5", "Rs.21", "US$18"), never another digit
NUMBER = re.compile(r"(?<!\d)(?<!\d[.,])(?P<sign>[-−+]?)(?P<digits>\d[\d,]*(?:\.\d+)?)")
# Scale words in the order of their size, by family: a slip swaps a word for its neighbour.
SCALE_FAMILIES = (
    (("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12)),
    (("k", 1e3), ("mn", 1e6), ("bn", 1e9), ("tn", 1e12)),
    (("m", 1e6), ("bn", 1e9)),
    (("lakh", 1e5), ("crore", 1e7)),
)
_FACTORS = {w: f for family in SCALE_FAMILIES for w, f in family}
# Printed.precision_digits's patterns, compiled once (it is asked for every figure compared)
_DECIMALS_END = re.compile(r"[.,]\d{1,2}$")
_NON_DIGIT = re.compile(r"\D")
_SCALE_WORD = re.compile(r"\s?-?(thousand|million|billion|trillion|mn|bn|tn|k|m|lakh|crore)s?\b", re.I)


@dataclass(frozen=True)
class Slip:
    kind: str  # scale_word | decimal_point | zero_dropped | transposed | sign_dropped | digit_group | mistyped | part_changed
    surface: str  # the printed surface with the slip made (or undone)
    factor: Optional[float] = None  # new value ÷ old value, when the slip scales the figure
    value: Optional[float] = None  # the new value, when it does not


@dataclass(frozen=True)
class Printed:
    """The number inside a surface: '−2.43 billion yuan' → sign '−', digits '2.43', scale 'billion'."""

    start: int
    end: int
    sign: str
    digits: str
    scale: Optional[str]
    scale_span: Optional[tuple[int, int]]

    @property
    def number(self) -> float:
        return float(self.digits.replace(",", ""))

    @property
    def significant(self) -> int:
        """Significant digits printed: '2.19' → 3, '0.05' → 1."""
        return sum(ch.isdigit() for ch in self.digits.lstrip("0.,"))

    @functools.cached_property  # (a printed surface is kept by printed(); asked for every pair its figure is in)
    def precision_digits(self) -> int:
        """Significant digits as printed, a whole number's trailing zeros left out ("148,000"
        has three, "148,300" four, "1.20" three): how finely the figure was stated."""
        whole = not _DECIMALS_END.search(self.digits)  # "1.20", "4,2": decimals keep their zeros
        digits = _NON_DIGIT.sub("", self.digits).lstrip("0")
        return len(digits.rstrip("0") if whole else digits)

    @property
    def decimals(self) -> int:
        return len(self.digits.split(".")[1]) if "." in self.digits else 0


@functools.lru_cache(maxsize=1 << 14)  # (Printed is frozen) a surface is read for each rule that asks: 4 in 5 calls repeat one
def printed(surface: str) -> Optional[Printed]:
    m = NUMBER.search(surface)
    if not m:
        return None
    s = _SCALE_WORD.match(surface, m.end())
    return Printed(m.start(), m.end(), m.group("sign"), m.group("digits"),
                   s.group(1) if s else None, s.span(1) if s else None)


def scale_factor(word: str) -> Optional[float]:
    """What a printed scale word multiplies by ("bn" → 1e9), None for another word."""
    return _FACTORS.get(word.lower())


def significant_digits(surface: str) -> int:
    """The significant digits a figure prints ("$2.19 billion" → 3), 0 with no number."""
    p = printed(surface)
    return p.significant if p else 0


def _neighbours(word: str) -> list[tuple[str, float]]:
    """Scale words a slip puts for `word`, with the factor each multiplies the value by."""
    low = word.lower()
    out = []
    for family in SCALE_FAMILIES:
        names = [w for w, _ in family]
        if low in names:
            i = names.index(low)
            here = family[i][1]
            for j in (i - 1, i + 1):
                if 0 <= j < len(family):
                    w, f = family[j]
                    out.append((w if word.islower() else w.capitalize() if word[:1].isupper() and word[1:].islower() else w.upper(), f / here))
            break
    return out


def _with_digits(surface: str, p: Printed, digits: str, sign: Optional[str] = None) -> str:
    return surface[: p.start] + (p.sign if sign is None else sign) + digits + surface[p.end:]


def _transpositions(digits: str) -> list[str]:
    out = []
    pos = [i for i, ch in enumerate(digits) if ch.isdigit()]
    for a, b in zip(pos, pos[1:]):
        if digits[a] != digits[b] and not (a == 0 and digits[b] == "0"):
            t = list(digits)
            t[a], t[b] = t[b], t[a]
            out.append("".join(t))
    return out


#: A figure must print at least this many significant digits before one of its digits is
#: taken for a neighbouring key: each digit of a short figure has too few neighbours for a
#: coincidence to be told from a slip.
MISTYPED_DIGITS = 4


def _mistyped(p: Printed) -> list[str]:
    """The figure with one digit a key off on the number row ('15.096' → '16.096', '647.6'
    → '657.6'): the typing slip a long figure copied by hand most often carries. Never the
    last digit, whose step a rounding or a part left out covers as well as a slip; the first
    digit never turns into a zero."""
    if p.precision_digits < MISTYPED_DIGITS:
        return []
    out = []
    first = next(i for i, ch in enumerate(p.digits) if ch.isdigit() and ch != "0")
    # the last significant digit: a whole number's trailing zeros hold places, not digits
    last = max(i for i, ch in enumerate(p.digits) if ch.isdigit() and (ch != "0" or "." in p.digits))
    for i, ch in enumerate(p.digits):
        if not ch.isdigit() or i < first or i >= last:
            continue
        for d in (int(ch) - 1, int(ch) + 1):
            if 0 <= d <= 9 and not (i == first and d == 0):
                out.append(p.digits[:i] + str(d) + p.digits[i + 1:])
    return out


def _moved_point(digits: str, places: int) -> Optional[str]:
    """'7.06' moved one place right → '70.6'; left → '0.706'; a whole number's point
    dropped: '18' → '1.8'. Only plain numbers (no digit groups)."""
    if "," in digits:
        return None
    if "." not in digits:
        if places > 0 or len(digits) < 2:
            return None
        digits = digits + "."
    body = digits.replace(".", "")
    at = digits.index(".") + places
    if at <= 0:
        body = "0" * (1 - at) + body
        at = 1
    if at >= len(body):
        return None
    out = body[:at].lstrip("0") or "0"
    return out + "." + body[at:]


#: A whole number printed in digit groups ("36,000", "1,25,000"): a zero dropped or doubled
#: in it moves it tenfold and the groups with it ("36,000" for "3,600", "125,000" for
#: "12,500"), the grouped whole number's counterpart of a moved decimal point.
_GROUPED_WHOLE = re.compile(r"\d{1,3}(?:,\d{2,3})+")


def _zero_slips(digits: str) -> list[tuple[str, float]]:
    """A round grouped whole number (its last digit a zero) with one zero more or one
    fewer, regrouped in thousands: '36,000' → '360,000' (×10) and '3,600' (÷10). Zeros are
    dropped and doubled in a run of zeros; '9,752,358' has none to lose. At least two
    significant digits: '60,000' tenfold is as likely another figure as a slip."""
    if not _GROUPED_WHOLE.fullmatch(digits) or not digits.endswith("0") \
            or len(_NON_DIGIT.sub("", digits).strip("0")) < 2:
        return []
    n = int(digits.replace(",", ""))
    return [(f"{n * 10:,}", 10.0), (f"{n // 10:,}", 0.1)]


def alternatives(claim: Claim, scales: tuple[str, ...] = ()) -> list[Slip]:
    """Every figure the printed number could have been meant as, one slip away; `scales`
    are scale words its neighbours print, which it may have dropped ("£51.3" beside
    "£38.2 billion")."""
    # (read once a figure: the misprint and repair rules ask it for every pair the figure is in)
    return list(_alternatives(claim.surface, claim.kind, claim.value, tuple(scales)))


@functools.lru_cache(maxsize=1 << 14)  # (Slip is frozen) what alternatives reads of a claim, and its neighbours' scales
def _alternatives(s: str, kind: str, value: float, scales: tuple[str, ...]) -> tuple[Slip, ...]:
    p = printed(s)
    if p is None or not p.number:
        return ()
    out: list[Slip] = []
    if p.scale and p.scale_span:
        for word, factor in _neighbours(p.scale):
            out.append(Slip("scale_word", s[: p.scale_span[0]] + word + s[p.scale_span[1]:], factor))
    else:
        # a neighbour's scale word, or the one above it: a count in millions times a price
        # is in billions ("1.69 million × $668" = "$1.13 billion")
        words = dict.fromkeys([*scales, *(w for word in scales for w, f in _neighbours(word) if f > 1)])
        for word in words:
            factor = scale_factor(word)
            if factor and kind == "money":
                out.append(Slip("scale_word", s[: p.end] + " " + word + s[p.end:], factor))
    if not p.scale and re.fullmatch(r"\d{1,3}(?:,\d{3})+", p.digits):
        out.append(Slip("digit_group", _with_digits(s, p, p.digits.rsplit(",", 1)[0]), 1e-3))
        out.append(Slip("digit_group", _with_digits(s, p, p.digits + ",000"), 1e3))
    for places in (1, -1):
        moved = _moved_point(p.digits, places)
        if moved:
            out.append(Slip("decimal_point", _with_digits(s, p, moved), float(moved) / p.number))
    for digits, factor in _zero_slips(p.digits):
        out.append(Slip("zero_dropped", _with_digits(s, p, digits), factor))
    for t in _transpositions(p.digits):
        out.append(Slip("transposed", _with_digits(s, p, t), float(t.replace(",", "")) / p.number))
    for t in _mistyped(p):
        out.append(Slip("mistyped", _with_digits(s, p, t), float(t.replace(",", "")) / p.number))
    if value:
        # a minus sign printed before the surface ("-38%" read as '38%', -38) is undone by a plus
        negative = p.sign in ("-", "−") or value < 0 and not p.sign
        flipped = ("" if p.sign else "+") if negative else "−"
        out.append(Slip("sign_dropped", _with_digits(s, p, p.digits, flipped), -1.0))
    return tuple(out)


def injections(surface: str) -> list[Slip]:
    """Slips to plant in a clean printed figure, one of each kind (as a newsroom makes them)."""
    p = printed(surface)
    if p is None:
        return []
    out: list[Slip] = []
    if p.scale and p.scale_span:
        bigger = [(w, f) for w, f in _neighbours(p.scale) if f > 1] or _neighbours(p.scale)
        if bigger:
            w, f = bigger[0]
            out.append(Slip("scale_word", surface[: p.scale_span[0]] + w + surface[p.scale_span[1]:], f))
    moved = _moved_point(p.digits, 1)
    if moved and moved != p.digits:
        out.append(Slip("decimal_point", _with_digits(surface, p, moved), float(moved) / p.number if p.number else None))
    ts = _transpositions(p.digits)
    if ts:
        out.append(Slip("transposed", _with_digits(surface, p, ts[0])))
    if p.sign in ("-", "−"):
        out.append(Slip("sign_dropped", _with_digits(surface, p, p.digits, "")))
    if p.number:
        changed = _format_like(p.number * 1.2, p.digits)
        if changed != p.digits:
            out.append(Slip("part_changed", _with_digits(surface, p, changed), 1.2))
    return out


def _format_like(x: float, digits: str) -> str:
    dec = len(digits.split(".")[1]) if "." in digits else 0
    return f"{x:,.{dec}f}" if "," in digits else f"{x:.{dec}f}"


def rewrite(claim: Claim, value: float) -> str:
    """The claim's surface printing `value` instead, with the printed digits' precision
    (one more decimal when that precision cannot tell the two apart)."""
    p = printed(claim.surface)
    if p is None or not claim.value or not p.number:
        return claim.surface
    factor = claim.value / (p.number * (-1 if p.sign in ("-", "−") else 1))
    raw = value / factor if factor else value
    dec = p.decimals
    # as many significant digits as the printed figure has (48.5 million in billions is
    # '0.0485 billion', never '0 billion')
    significant = max(len(p.digits.replace(",", "").replace(".", "").lstrip("0")), 1)
    if raw:
        dec = max(dec, significant - 1 - math.floor(math.log10(abs(raw))))
    sign = ("-" if p.sign == "-" else "−") if raw < 0 else ("+" if p.sign == "+" else "")
    text = p.digits
    for extra in range(0, 3):
        text = f"{abs(raw):,.{dec + extra}f}" if "," in p.digits else f"{abs(raw):.{dec + extra}f}"
        if sign + text != p.sign + p.digits or abs(abs(raw) - p.number) <= abs(raw) * 1e-12:
            break
    return _with_digits(claim.surface, p, text, sign)
