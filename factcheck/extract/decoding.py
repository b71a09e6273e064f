"""Decoding damage: the text as the grammar reads it where a page's UTF-8 was decoded as
Latin-1 or cp1252 (mojibake), same length as the text, so that every offset still holds.

Class (issue 8, "decoding damage glued to a word"): "MVR2,477.6 millionĀ (MVR2.48 billion)",
"2.4Â\u00a0million", "Â£5m", "2019â€“20". The damage glued to a figure, scale word or unit
hides the word boundary the grammar reads it by: the scale word goes unread, the amount is
read a million times too small, and the figures that restate it look like slips of it.

Two repairs, neither of which touches a letter a word is spelled with:
- a sequence that is one character's UTF-8 bytes read one byte a character ("Â£" for "£",
  "â€“" for "–", "Â\u00a0" for a no-break space) becomes that character, padded with spaces
  on the side away from the word it belongs to ("Â£5" → " £5", "5%â€\u009d" → "5%”  ",
  "2019â€“20" → "2019 – 20"); a sequence that decodes to a letter ("Ã©" for "é") is left,
  as it sits inside a word;
- a lone stray letter no English word ends with (a capital "Â" or one from Latin
  Extended-A/B, "Ā") glued to the end of a figure or a lower-case word and followed by no
  letter is a no-break space's remains: it becomes a space.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["readable"]


def _continuations() -> str:
    """The characters a continuation byte (0x80–0xBF) becomes when read as cp1252 or Latin-1."""
    chars = set()
    for b in range(0x80, 0xC0):
        chars.add(bytes([b]).decode("latin-1"))
        try:
            chars.add(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            pass
    return "".join(sorted(chars))


_CONT = "[" + re.escape(_continuations()) + "]"
# a lead byte of a two-byte (0xC2–0xDF) or three-byte (0xE2, as punctuation's "â€…") sequence
_MOJIBAKE = re.compile(rf"[\u00c2-\u00df]{_CONT}|[\u00e0-\u00ef]{_CONT}{{2}}")
# characters that open what follows them: padded before, glued to the figure after
_OPENING = frozenset("“‘„‚£€$¥₹°«(")
# a lone capital no English word ends with, glued after a figure or a word: no letter follows
_STRAY = re.compile(r"(?<=[0-9a-z%.)])(?:\u00c2|[\u0100-\u024f])(?![^\W\d_])")


def _byte(ch: str) -> int:
    for codec in ("cp1252", "latin-1"):
        try:
            return ch.encode(codec)[0]
        except UnicodeEncodeError:
            continue
    raise ValueError(ch)


def _decoded(seq: str) -> str | None:
    try:
        out = bytes(_byte(c) for c in seq).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return None
    return out if len(out) == 1 else None


def _repair(m: re.Match) -> str:
    seq = m.group(0)
    ch = _decoded(seq)
    if ch is None or ch.isalnum():
        return seq  # not a decoding, or a letter inside a word ("CafÃ©"): left as printed
    pad = len(seq) - 1
    if ch.isspace():
        return " " * len(seq)
    if unicodedata.category(ch) == "Pd":  # a dash stands apart, as a range's does
        return " " * (pad // 2) + ch + " " * (pad - pad // 2)
    if ch in _OPENING:
        return " " * pad + ch
    return ch + " " * pad


def readable(text: str) -> str:
    """The text with decoding damage turned into what it stood for, at the same offsets
    (the text itself when there is none, the common case, checked first)."""
    if not _MOJIBAKE.search(text) and not _STRAY.search(text):
        return text
    out = _MOJIBAKE.sub(_repair, text)
    out = _STRAY.sub(lambda m: " " if m.group(0).isupper() else m.group(0), out)
    assert len(out) == len(text)
    return out
