r"""The characters a match of a pattern can begin with, told to the regular-expression engine.

Python's engine tries a pattern at every position of the text, and a pattern that begins
with optional words or a word boundary ("(?:in\s+)?(?:the\s+)?(?:same|corresponding)
period") pays for each of its alternatives there. Where it knows the characters a match
begins with (as it does by itself for a pattern that opens with a literal or a plain
class), it skips every other position in one tight loop. `gated` states those characters
as a lookahead, `first_chars` tells them to the engine. Lazily compiled patterns
(extract/patterns.py) search this way; every other pattern is told them by the regex
cache (regexcache.py), which keeps the result with its compiled code.
"""

from __future__ import annotations

import re
from typing import Optional

from factcheck import regexcache

try:
    from re import _constants as _sre_ops, _parser as _sre_parser
except ImportError:  # pragma: no cover - before 3.11 the modules had other names
    _sre_ops = _sre_parser = None


class _NoGate(Exception):
    """The first character of a match cannot be stated as a small class."""


# the categories a gate may name: digits, and white space (a pattern that begins at a space still
# skips every letter); a word character or a negated class would refuse almost nothing
_CATEGORY_ESCAPE = {"CATEGORY_DIGIT": r"\d", "CATEGORY_SPACE": r"\s"}


def _first_items(items) -> tuple[list[str], bool, bool]:
    """(class pieces, may be empty, needs case folding) for a sequence of parsed items."""
    pieces: list[str] = []
    fold = False
    for op, av in items:
        got, empty, f = _first_item(op, av)
        pieces += got
        fold |= f
        if not empty:
            return pieces, False, fold
    return pieces, True, fold


def _class_pieces(items) -> Optional[list[str]]:
    """A parsed class's pieces as a class writes them ("a", "0-9", "\\d"); None for a
    negated class or a category other than digits and white space."""
    o = _sre_ops
    pieces = []
    for iop, iav in items:
        if iop is o.LITERAL:
            pieces.append(re.escape(chr(iav)))
        elif iop is o.RANGE:
            pieces.append(f"{re.escape(chr(iav[0]))}-{re.escape(chr(iav[1]))}")
        elif iop is o.CATEGORY and str(iav) in _CATEGORY_ESCAPE:
            pieces.append(_CATEGORY_ESCAPE[str(iav)])
        else:
            return None
    return pieces


def _first_item(op, av) -> tuple[list[str], bool, bool]:
    o = _sre_ops
    if op is o.LITERAL:
        return [re.escape(chr(av))], False, False
    if op is o.IN:
        pieces = _class_pieces(av)
        if pieces is None:  # a negated class, a broad category
            raise _NoGate
        return pieces, False, False
    if op in (o.AT, o.ASSERT, o.ASSERT_NOT):
        return [], True, False  # zero width: the first character is the next item's
    if op is o.BRANCH:
        pieces, empty, fold = [], False, False
        for alternative in av[1]:
            got, e, f = _first_items(alternative)
            pieces += got
            empty, fold = empty or e, fold or f
        return pieces, empty, fold
    if op is o.SUBPATTERN:
        _, add, delete, sub = av
        if (add | delete) & ~re.I:
            raise _NoGate  # (?a:…), (?s:…): classes could read otherwise inside
        got, empty, fold = _first_items(sub)
        return got, empty, fold or bool(add & re.I)
    if op in (o.MAX_REPEAT, o.MIN_REPEAT, getattr(o, "POSSESSIVE_REPEAT", None)):
        low, _, sub = av
        got, empty, fold = _first_items(sub)
        return got, empty or low == 0, fold
    if op is getattr(o, "ATOMIC_GROUP", None):
        return _first_items(av)
    raise _NoGate  # any character, a back-reference, a conditional


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def gated(pattern: str, flags: int = 0) -> Optional[str]:
    r"""The pattern behind a lookahead for the characters its matches can begin with
    ("(?=[Jj0-9])…"), or None where there is no such class (a match may be empty, or
    may begin with any letter). Python tries a pattern at every position of the text,
    and a pattern that begins with optional words or a word boundary ("(?:in\s+)?(?:the
    \s+)?(?:same|corresponding) period") pays for each of its alternatives there: the
    gate refuses most positions at the cost of one class test. It finds the same matches,
    since a match can only begin with a character of the class; the class is read under
    the pattern's own flags, and case-folded where a part of it is (?i:…)."""
    if _sre_parser is None or not isinstance(pattern, str) or flags & (re.VERBOSE | re.LOCALE) \
            or _GLOBAL_FLAGS.match(pattern):
        return None
    try:
        pieces, empty, fold = _first_items(_sre_parser.parse(pattern, flags))
    except (_NoGate, re.error, RecursionError):
        return None
    if empty or not pieces:
        return None
    body = "[" + "".join(dict.fromkeys(pieces)) + "]"
    if fold and not flags & re.I:
        body = f"(?i:{body})"
    return f"(?={body})(?:{pattern})"


# --- the opening: the first three characters a match can begin with ---------------
# A class of first characters lets in every word that begins with one of them: a pattern
# whose alternatives open with "the", "last", "same", "like" is tried at nearly every word
# ("to", "said", "of"). Behind a lookahead for the three-character openings of its
# matches ("the|las|sam|lik"), it is entered only where one of them stands.

_OPENING = 3
_MAX_OPENINGS = 48  # beyond, the lookahead costs what it spares
_OPEN, _SHUT = True, False  # whether what follows an item can still lengthen an opening


class _NoOpening(Exception):
    pass


def _atom(op, av, fold: bool) -> Optional[str]:
    """One character of an opening as a class the gate reads, or None where it is no small class."""
    o = _sre_ops
    if op is o.LITERAL:
        atom = re.escape(chr(av))
    elif op is o.IN:
        parts = _class_pieces(av)
        if parts is None:
            return None
        atom = "[" + "".join(parts) + "]"
    else:
        return None
    return f"(?i:{atom})" if fold else atom


def _openings(items, fold: bool) -> set:
    """(opening, open) pairs: every match of the items begins with one of the openings (a
    tuple of at most _OPENING classes) or, shorter, is one; `open` where the items after
    may lengthen it."""
    state, done = {((), _OPEN)}, set()
    for op, av in items:
        got = _item_openings(op, av, fold)
        grown = set()
        for head, open_ in state:
            if not open_ or len(head) >= _OPENING:
                done.add((head, _SHUT))
                continue
            for tail, tail_open in got:
                both = head + tail
                if len(both) >= _OPENING:
                    done.add((both[:_OPENING], _SHUT))
                else:
                    grown.add((both, tail_open))
            if len(grown) + len(done) > _MAX_OPENINGS:
                raise _NoOpening
        state = grown
        if len(state) + len(done) > _MAX_OPENINGS:
            raise _NoOpening
    return state | done


def _item_openings(op, av, fold: bool) -> set:
    o = _sre_ops
    if op in (o.LITERAL, o.IN):
        atom = _atom(op, av, fold)
        return {((atom,), _OPEN)} if atom else {((), _SHUT)}
    if op in (o.AT, o.ASSERT, o.ASSERT_NOT):
        return {((), _OPEN)}  # zero width: the opening goes on with the next item
    if op is o.BRANCH:
        found: set = set()
        for alternative in av[1]:
            found |= _openings(alternative, fold)
            if len(found) > _MAX_OPENINGS:
                raise _NoOpening
        return found
    if op is o.SUBPATTERN:
        _, add, delete, sub = av
        if (add | delete) & ~re.I:
            return {((), _SHUT)}
        return _openings(sub, fold or bool(add & re.I) and not delete & re.I)
    if op in (o.MAX_REPEAT, o.MIN_REPEAT, getattr(o, "POSSESSIVE_REPEAT", None)):
        low, high, sub = av
        once = {(head, open_ and high == 1) for head, open_ in _openings(sub, fold)}  # more copies: not followed
        return once | {((), _OPEN)} if low == 0 else once
    if op is getattr(o, "ATOMIC_GROUP", None):
        return _openings(av, fold)
    return {((), _SHUT)}  # any character, a back-reference, a conditional: the opening ends here


def opening(pattern: str, flags: int = 0) -> Optional[str]:
    """A lookahead body for the openings of the pattern's matches ("the|las|sam"), or None
    where they are too many or say no more than a first character does."""
    try:
        found = _openings(_sre_parser.parse(pattern, flags), False)
    except (_NoOpening, re.error, RecursionError):
        return None
    heads = {head for head, _ in found}
    if () in heads or all(len(head) < 2 for head in heads):
        return None
    trie: dict = {}
    for head in sorted(heads):
        node = trie
        for atom in head:
            node = node.setdefault(atom, {})
        node[""] = {}  # an opening may end here (a match shorter than three characters)

    def alternation(node: dict) -> str:
        if "" in node:  # a shorter opening is enough: what may follow adds nothing
            return ""
        branches = [atom + alternation(child) for atom, child in node.items()]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return alternation(trie)


# the class of a gate that `gated` wrote: "(?=[…])(?:" or "(?=(?i:[…]))(?:" (re.escape escapes "]" and "\\")
_GATE_CLASS = re.compile(r"\(\?=(\[(?:\\.|[^\\\]])*\]|\(\?i:\[(?:\\.|[^\\\]])*\]\))\)\(\?:")


def first_chars(gate: str, flags: int) -> Optional[tuple]:
    """The engine's arguments (`_sre.compile(gate, *them)`) for a gated pattern (`gated`)
    told the characters its matches begin with, as the engine is told them for a pattern
    that begins with a plain class: a search then skips every position the gate refuses in
    one tight loop, where otherwise it enters the matcher at each one only for the
    lookahead to refuse it (a quarter of a scan's instructions went there). The same
    matches: the set holds every character the gate's class accepts (the other case of
    each letter where it ignores case, and the few non-ASCII letters that fold to ASCII
    ones), which the check below confirms. None where the gate is of another shape."""
    m = _GATE_CLASS.match(gate)
    if m is None or _sre_parser is None:
        return None
    body = m.group(1)
    fold = bool(flags & re.I) or body.startswith("(?i:")
    reads = re.compile(body, flags)  # the class as the gate reads it
    try:
        ((op, items),) = _sre_parser.parse(body[4:-1] if body.startswith("(?i:") else body).data
    except (ValueError, re.error):
        return None
    o = _sre_ops
    if op is o.LITERAL:  # a class of one character ("[:]") is parsed as that character
        op, items = o.IN, [(op, items)]
    if op is not o.IN:
        return None
    chars: set[str] = set()
    categories = ""
    for iop, iav in items:
        if iop is o.LITERAL:
            chars.add(chr(iav))
        elif iop is o.RANGE and iav[1] - iav[0] < 256:
            chars.update(map(chr, range(iav[0], iav[1] + 1)))
        elif iop is o.CATEGORY and str(iav) in _CATEGORY_ESCAPE:
            categories += _CATEGORY_ESCAPE[str(iav)]
        else:
            return None
    if fold:
        if not all(c.isascii() or c.lower() == c.upper() for c in chars):
            return None  # a letter beyond ASCII read ignoring case: its equals are not listed here
        chars |= {c.swapcase() for c in chars} | {c for c in ASCII_FOLDS if reads.fullmatch(c)}
    exact_flags = flags & re.ASCII  # \d and \s as the gate reads them
    exact = re.compile("[" + "".join(map(re.escape, sorted(chars))) + categories + "]", exact_flags)
    probe = "".join((*map(chr, range(0x300)), *ASCII_FOLDS, *chars))  # each class read over it at once
    if not set(reads.findall(probe)) <= set(exact.findall(probe)):
        return None
    head, args = regexcache.arguments(exact.pattern, exact_flags)[1], regexcache.arguments(gate, flags)
    code, info = args[1], int(o.INFO)
    if head[0] != info or code[0] != info or code[2] != 0:
        return None  # the engine's layout is not the one this was written for
    if head[2] == o.SRE_INFO_CHARSET:
        told = [int(o.SRE_INFO_CHARSET), code[3], code[4], *head[5: head[1] + 1]]  # the set, to the FAILURE closing it
    elif head[2] & o.SRE_INFO_PREFIX and head[5] == 1:
        # one character: a prefix of one, and the match tried from it on (skip 0, overlap table 0)
        told = [int(o.SRE_INFO_PREFIX), code[3], code[4], 1, 0, head[7], 0]
    else:
        return None
    return (args[0], [info, len(told) + 1, *told, *code[code[1] + 1:]], *args[2:])


# The characters Python's case-insensitive matching equates with an ASCII letter beside
# that letter's own two cases ('ſ' with s, the Kelvin sign with k, dotted and dotless I
# with i). In a text without them, a word of ASCII letters found case-insensitively is
# a substring of text.lower().
ASCII_FOLDS = ("ſ", "\u212a", "İ", "ı")


class _NoEnd(Exception):
    """The last characters of a match cannot be listed."""


_END_LIMIT = 4096  # readings of one pattern enumerated at most; beyond, no words are listed


def _readings(items) -> list[tuple]:
    """Every reading of parsed items as a sequence of characters (lower case) and None for a
    character a class or a repeat may put there; lookarounds and anchors put none."""
    o = _sre_ops
    out: list[tuple] = [()]
    for op, av in items:
        if op is o.LITERAL:
            alts = [(chr(av).lower(),)]
        elif op is o.IN and len(av) <= 8 and all(iop is o.LITERAL for iop, _ in av):
            alts = [(c,) for c in dict.fromkeys(chr(iav).lower() for _, iav in av)]  # "le[iu]" from "lei|leu"
        elif op in (o.NOT_LITERAL, o.ANY) or op is o.IN:
            alts = [(None,)]
        elif op in (o.AT, o.ASSERT, o.ASSERT_NOT):
            alts = [()]
        elif op is o.SUBPATTERN:
            alts = _readings(av[-1])
        elif op is o.BRANCH:
            alts = [r for branch in av[1] for r in _readings(branch)]
        elif op in (o.MAX_REPEAT, o.MIN_REPEAT):
            low, high, sub = av
            if high is o.MAXREPEAT or high > 3:
                alts = [(None,)]  # (an unbounded repeat, "\s+": what it puts is told by no character)
                if low == 0:
                    alts.append(())
            else:
                one = _readings(sub)
                alts, reps = [], [()]
                for k in range(high + 1):
                    if k >= low:
                        alts += reps
                    reps = [a + b for a in reps for b in one]
                    if len(reps) > _END_LIMIT:
                        raise _NoEnd
        else:
            raise _NoEnd
        out = [a + b for a in out for b in alts]
        if len(out) > _END_LIMIT:
            raise _NoEnd
    return out


def ending_words(pattern: str, flags: int = 0, reach: int = 3) -> Optional[tuple[str, ...]]:
    """What every match of a pattern ends with (up to `reach` characters, lower case): the
    words an `EndsWith` gate (extract/patterns.py) tests a text's end for; None where some
    match may end in a character no word can tell (a class, a repeat) or the pattern cannot
    be read so. (Kept in the regex cache: reading a long alternation costs what compiling it does.)"""
    def derive(_: str) -> Optional[str]:
        if _sre_parser is None:
            return None
        try:
            readings = _readings(_sre_parser.parse(pattern, flags))
        except (_NoEnd, re.error):
            return None
        words = set()
        for r in readings:
            tail = []
            for ch in reversed(r):
                if ch is None or len(tail) == reach:
                    break
                tail.append(ch)
            if not tail:
                return None
            words.add("".join(reversed(tail)))
        return "\x00".join(sorted(words))
    found = regexcache.remembered("endings", f"{int(flags)}\x00{reach}\x00{pattern}", derive)
    return tuple(found.split("\x00")) if found else None
