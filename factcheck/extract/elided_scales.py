"""A scale word printed once for a series of amounts by period: "$1221.4 million in January,
$1133.01 in February", "remittances stood at $2.09 in July, $2.04 billion in August",
"3,141.2 billion CFA francs, compared to 2,759.58 in 2012". A newsroom drops the repeated
"million" from the values of one series it lists period by period, so a bare amount
labelled with its period, in the currency of a scaled amount in the same sentence and of
about its size as printed, carries that scale. A bare amount not so labelled ("imports
declined to $85.37, …") is left as printed: a scale word missing there is a slip to flag."""
from __future__ import annotations

import re

from factcheck.extract.kinds import K
from factcheck.extract.mention import Mention
from factcheck.extract.patterns import CLOSE_BRACKET, CONVERSION_OPENS, lazy

# printed figures of one series are of one size: within this factor of each other
_SAME_SIZE = 3.0
# the period that labels a value of the series: "in February", "in 2012", "for the third quarter"
_PERIOD_LABEL = lazy(r"\s+(?:in|for|during)\s+(?:the\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
                     r"|(?:19|20)\d\d\b|Q[1-4]\b|(?:first|second|third|fourth)\s+(?:quarter|half)\b)", re.I)


def carry_elided_scales(sentence: str, mentions: list[Mention]) -> None:
    """Scale each bare money amount with decimals that its period labels by the nearest
    scaled amount of its currency in the sentence when their printed numbers are of one size."""
    scaled = [m for m in mentions if _money(m) and m.has_scale and m.scale >= 1e6]
    if not scaled:
        return
    for m in mentions:
        if not _money(m) or m.has_scale or "." not in m.raw or m.word_number or m.value <= 0 \
                or not _PERIOD_LABEL.match(sentence, m.end):
            continue
        peers = [s for s in scaled if s.unit == m.unit]
        if not peers:
            continue
        peer = min(peers, key=lambda s: min(abs(s.start - m.end), abs(m.start - s.end)))
        printed = abs(peer.value) / peer.scale
        if printed and 1 / _SAME_SIZE <= m.value / printed <= _SAME_SIZE:
            _scale(m, peer.scale)


# a conversion's two printed figures differ by the exchange rate only: within this factor
_RATE_SPREAD = 20.0


def carry_converted_scales(sentence: str, mentions: list[Mention]) -> None:
    """Give the unscaled side of an amount and its bracketed conversion the other side's scale."""
    for a, b in zip(mentions, mentions[1:]):
        if not (_money(a) and _money(b)) or a.unit == b.unit or a.has_scale == b.has_scale \
                or not CONVERSION_OPENS.fullmatch(sentence, a.end, b.start) or not CLOSE_BRACKET.match(sentence, b.end):
            continue
        scaled, bare = (a, b) if a.has_scale else (b, a)
        if scaled.scale < 1e6 or bare.word_number or bare.value <= 0 or bare.value >= 1000 or bare.info.get("subunit"):
            continue
        printed = abs(scaled.value) / scaled.scale
        if printed and 1 / _RATE_SPREAD <= bare.value / printed <= _RATE_SPREAD:
            _scale(bare, scaled.scale)


def _scale(m: Mention, scale: float) -> None:
    m.value = round(m.value * scale, 6)
    if m.end_value is not None:
        m.end_value *= scale
    if m.precision is not None:
        m.precision *= scale
    m.scale, m.has_scale = scale, True
    m.info["scale_elided"] = True  # a hasty restatement: its figure may be cut (relations.rules.restate)


def _money(m: Mention) -> bool:
    return m.kind == K.MONEY and bool(m.unit) and "/" not in m.unit
