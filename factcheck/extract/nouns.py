"""What a count counts: the noun phrase after a number ("2.4 million headsets"), plural and
singular forms, nouns elided in a coordination ("seven new and three renewed licences"),
partitives ("three of its members"), vote tallies, and the noun "one" counts."""

from __future__ import annotations

import re
from typing import Optional

from factcheck.extract.numbers import DIGITS, NUMBER_WORD
from factcheck.extract.units import TIME_UNITS, match_physical_unit

_IRREGULAR_PLURALS = {
    "people", "children", "men", "women", "staff", "personnel", "police", "cattle", "livestock",
    "sheep", "fish", "deer", "aircraft", "data", "media", "yuan", "yen", "won", "crew", "troops",
    "militia", "youth", "poultry", "swine", "hogs", "pigs", "offspring", "alumni", "criteria", "teeth", "feet",
}
_NOT_PLURAL = {
    "rises", "falls", "remains", "includes", "makes", "takes", "shows", "accounts", "represents",
    "holds", "stands", "comes", "goes", "means", "says", "seems", "gets", "reaches", "grows",
    "increases", "decreases", "declines", "drops", "jumps", "has", "was", "is", "does", "this",
    "its", "plus", "versus", "bus", "gas", "news", "thus", "less", "unless", "across", "always", "thanks",
    "perhaps", "towards", "afterwards", "whereas", "besides", "ones", "others", "yes", "his", "hers",
    "ours", "theirs", "as", "us", "vs", "times", "series", "species", "percents", "sees", "adds",
    "gains", "loses", "surges", "climbs", "needs", "helps", "wants", "lets", "hits", "tops", "posts",
}
COUNT_STOP = {
    "of", "in", "at", "to", "for", "from", "with", "by", "on", "and", "or", "that", "which", "who",
    "were", "was", "have", "has", "had", "are", "is", "will", "would", "could", "should", "may",
    "might", "be", "been", "as", "than", "while", "since", "during", "including", "into", "across",
    "between", "among", "per", "each", "the", "a", "an", "this", "these", "those", "its", "their",
    "over", "under", "up", "down", "last", "next", "so", "but", "if", "when", "where", "after",
    "before", "via", "amid", "through", "against", "compared", "according", "respectively",
    "now", "also", "only", "more", "less", "such", "not", "no", "ago", "old", "earlier", "later",
    "there", "then", "here", "out", "off", "about", "around", "apiece", "each", "alone", "already",
    "year", "years", "month", "months",
}


def is_plural(word: str) -> bool:
    if re.fullmatch(r"[A-Z][A-Za-z]*[A-Z]s", word):
        return True  # acronyms: "MoUs", "SMEs", "NGOs"
    w = word.lower().strip("'’")
    if w in _IRREGULAR_PLURALS:
        return True
    if w in _NOT_PLURAL or len(w) < 3:
        return False
    if w.endswith("men") and w.isalpha() and w not in ("omen", "amen", "specimen", "abdomen", "regimen"):
        return True  # "fishermen", "policewomen", "congressmen"
    return w.endswith("s") and not w.endswith(("ss", "us", "is", "ous", "'s", "’s"))


def counted_phrase(right: str) -> Optional[str]:
    """The noun phrase a number counts: ' inbound trips, with ...' → 'inbound trips'.

    The phrase ends at its head, the last plural within a few words. Modifiers coordinated
    before the head belong to it ("460 Kia and Hyundai vehicles", "4.3M digital and physical
    sales"); a word in -ed after a plural starts a verb or a participle clause, which does not
    ("two Singaporean sisters helped fraudsters")."""
    m = re.match(r"\s+((?:(?:[A-Za-z][\w'’]*(?:-[A-Za-z][\w'’]*)*|\d+s?)[ \t]*){1,6})", right)
    if not m:
        return None
    tokens = m.group(1).split()
    words: list[str] = []
    content = 0
    for i, tok in enumerate(tokens):
        low = tok.lower()
        if tok[0].isdigit():
            # a model's number inside the phrase: "new 737 Max jets", "Model 3 sedans", "Model 3s"
            before = words[-1][:1].isupper() if words else False
            after = i + 1 < len(tokens) and tokens[i + 1][:1].isupper()
            if not (before or after) or low.endswith("s") and not before:
                break
            words.append(tok)
            if low.endswith("s"):
                return " ".join(words)
            continue
        if not words and low in ("such", "other", "additional", "more", "further"):
            words.append(tok)  # "seven such awards", "five more countries": kept if a noun follows
            continue
        if low in ("and", "or") and words and not any(is_plural(w) for w in words) \
                and _coordinated_modifier(tokens[i + 1:]):
            words.append(tok)
            continue
        if low in COUNT_STOP or (low.endswith("ly") and len(low) > 4):
            break
        if words and is_plural(words[-1]) and low.endswith("ed") and len(low) > 4:
            break
        words.append(tok)
        content += 1
        if content >= 4:
            break
    for i in range(len(words) - 1, -1, -1):
        if is_plural(words[i]):
            if words[i].lower() in ("times",):
                return None
            return " ".join(words[: i + 1])
    return None


_NUMBER_WORD = re.compile(NUMBER_WORD, re.I)
# "eight million 250ml bottles", "2.9 million 9 liter cases": a measure between a count and its noun
_MEASURE_BETWEEN = re.compile(r"[ \t]+\d[\d,.]*(?=[ \t]?-?[^\W\d_])")


def counted_after_measure(sentence: str, pos: int) -> Optional[str]:
    """The noun a count at `pos` counts past a measure that modifies it ("eight million
    250ml bottles" counts bottles); the measure stays a quantity of its own."""
    m = _MEASURE_BETWEEN.match(sentence, pos)
    if m is None:
        return None
    unit = match_physical_unit(sentence, m.end())
    return counted_phrase(sentence[unit.end:]) if unit is not None else None


def _coordinated_modifier(after: list[str]) -> bool:
    """After 'and'/'or' inside a counted phrase: one or two modifiers, then the plural head."""
    for n, tok in enumerate(after[:3]):
        low = tok.lower()
        if low in COUNT_STOP or low in ("and", "or") or _NUMBER_WORD.fullmatch(low):
            return False  # "six new and two renewed permits": a second count, not a modifier
        if is_plural(tok):
            return n > 0
    return False


def plural_soon(after: str) -> bool:
    """A plural noun within the next few words of the clause: '2.7m combined digital and
    physical sales'."""
    clause = re.match(r"[^.,;:()]{0,60}", after).group(0)
    return any(is_plural(w) and w.lower() not in COUNT_STOP for w in re.findall(r"[A-Za-z][\w'’-]*", clause)[:6])


# Words that ask how many: "one" after them counts the noun that follows.
_ONE_COUNTS_AFTER = re.compile(r"\b(?:only|just|exactly|least|than|to|in|with|by|for|from|have|has|had|own|owns|"
                               r"add|adds|added|plus|category|level|grade)\s+$", re.I)
_ONE_NOT = {"of", "another", "way", "thing", "day", "time", "point", "hand", "side", "other", "such", "more",
            "last", "third", "quarter", "half", "fifth", "fourth", "tenth", "and", "or", "to", "in", "on",
            "at", "by", "for", "that", "which", "who", "is", "was", "has", "will", "would", "can", "could",
            "the", "a", "an", "it", "as", "per", "off", "piece", "shot", "go", "bit"}


def one_counts(sentence: str, left: str, pos: int) -> Optional[str]:
    """The noun "one" counts after a word that asks how many ("pled guilty to one count",
    "in just one area", "a category one hurricane"), or None."""
    if not _ONE_COUNTS_AFTER.search(left, max(0, len(left) - 20)):
        return None
    m = re.match(r"\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)(?=\s*(?:$|[.,;:!?)]|\s+(?:of|in|to|for|with|on|at|by|"
                 r"that|which|who|and|or|is|was|has|had|will|would|could|from|than|as|per|a|an|the)\b))", sentence[pos:])
    if not m:
        return None
    words = m.group(1).split()
    if words[0].lower() in _ONE_NOT or any(w.lower() in COUNT_STOP for w in words) or is_plural(words[-1]):
        return None
    return m.group(1)


_IRREGULAR_SINGULAR = {"people": "person", "fishermen": "fisherman", "children": "child", "men": "man", "women": "woman", "feet": "foot",
                       "persons": "person", "teeth": "tooth", "mice": "mouse"}


def singular(word: str) -> str:
    """The singular of a plural noun: 'barrels' → 'barrel', 'people' → 'person'."""
    low = word.lower()
    if low in _IRREGULAR_SINGULAR:
        return _IRREGULAR_SINGULAR[low]
    if not is_plural(word) or low in _IRREGULAR_PLURALS and not low.endswith("s"):
        return word  # "staff", "cattle", "aircraft" are their own singular
    if low.endswith("men") and not low.endswith("mens"):
        return word[:-3] + "man"
    for suffix, repl in (("ies", "y"), ("sses", "ss"), ("uses", "us"), ("xes", "x"), ("ches", "ch"), ("shes", "sh")):
        if low.endswith(suffix) and len(low) > len(suffix) + 1:
            return word[: -len(suffix)] + repl
    return word[:-1]


# "voted five to four", "a 7-2 vote", "by a majority of 6 to 3": a vote tally counts votes.
_TALLY_LEFT = re.compile(r"\b(?:vot(?:e|es|ed|ing)|split|majority\s+of|vote\s+of)\s+(?:by\s+)?(?:a\s+)?$", re.I)
_TALLY_SECOND = re.compile(r"\b(?:vot(?:e|es|ed|ing)|split|majority\s+of|vote\s+of)\s+(?:by\s+)?(?:a\s+)?"
                           rf"(?:\d+|{NUMBER_WORD})\s*(?:-|–|to)\s*$", re.I)
_TALLY_RIGHT = re.compile(rf"\s*(?:-|–|to)\s*(?:\d+|{NUMBER_WORD})\b", re.I)
# "four of the nine-person committee", "three of its members": a partitive count.
_PARTITIVE = re.compile(r"\s+of\s+(?:the|its|their|our|his|her|them|those|these|whom|which)\b"
                        r"(?:\s+(?P<np>(?:[\w-]+\s+){0,2}[a-z][\w-]*))?", re.I)
# "while four wanted to keep rates unchanged": a number standing for its noun as the subject
# of a verb, after a clause boundary.
_CLAUSE_LEFT = re.compile(r"(?:^|[,;:—–(]|\b(?:while|and|but|whereas|though|although|as|when|with|"
                          r"where|of\s+whom|of\s+which))\s*$", re.I)
_FINITE_VERB_AFTER = re.compile(r"\s+(?:were|was|had|have|did|said|say|will|would|could|wanted|voted|"
                                r"preferred|backed|favou?red|supported|opposed|dissented|agreed|chose|"
                                r"died|remain(?:ed)?|(?!(?:need|bed|red|shed|speed|feed|seed|hundred)\b)[a-z]{3,}ed)\b")


# "seven new and three renewed licences": coordinated numbers, each with its own adjective,
# share one noun: written once at the end, or not at all when it is the head of an earlier
# count ("10 agreements, including seven new and three renewed").
_ELIDED = re.compile(rf"\s+(?P<adj>[a-z][\w-]*)\s+(?:and|or|but|plus)\s+(?:{DIGITS}|{NUMBER_WORD})\s+(?P<adj2>[a-z][\w-]*)\b", re.I)
_ELIDED_SECOND = re.compile(rf"(?:\b{NUMBER_WORD}|\d+)\s+(?P<adj>[a-z][\w-]*)\s+(?:and|or|but|plus)\s+$", re.I)


def _conjunct_adjective(word: str) -> bool:
    low = word.lower()
    return not (low in COUNT_STOP or is_plural(word) or (low.endswith("ly") and len(low) > 4)
                or low in ("percent", "per", "times", "fold") or TIME_UNITS.get(low.rstrip("s"))
                or _ELIDED_NOT_ADJ.fullmatch(low))


# Finite verbs, which coordinate clauses ("five rose and three fell"), not adjectives.
_ELIDED_NOT_ADJ = re.compile(r"rose|fell|grew|won|lost|went|came|said|were|was|are|is|had|have|did|voted|died")


def _antecedent(sentence: str, pos: int) -> Optional[str]:
    """The plural noun of the nearest earlier count in the sentence: '10 MoUs including'."""
    nouns = re.findall(r"(?:\d[\d,.]*|\b(?:" + NUMBER_WORD + r"))\s+(?:[A-Za-z][\w-]*\s+){0,2}?([A-Za-z][\w'’-]*)",
                       sentence[:pos], re.I)
    plural = [n for n in nouns if is_plural(n) or re.fullmatch(r"[A-Z]{2,}s", n)]
    return plural[-1] if plural else None


def elided_noun(sentence: str, left: str, pos: int) -> tuple[Optional[str], Optional[str]]:
    """(counted noun phrase, 'elided') for a number whose noun is elided in a coordination."""
    em = _ELIDED.match(sentence, pos)
    if em and _conjunct_adjective(em.group("adj")) and _conjunct_adjective(em.group("adj2")):
        noun = counted_phrase(sentence[em.start("adj2") - 1:])
        noun = noun.split()[-1] if noun else _antecedent(sentence, pos)
        if noun:
            return f"{em.group('adj')} {noun}", "elided"
    am = re.match(r"\s+([a-z][\w-]*)\b", sentence[pos:])
    sm = _ELIDED_SECOND.search(left) if am else None
    if am and sm and _conjunct_adjective(am.group(1)) and _conjunct_adjective(sm.group("adj")) \
            and not counted_phrase(sentence[pos:]):
        noun = _antecedent(sentence, sm.start())
        if noun:
            return f"{am.group(1)} {noun}", "elided"
    return None, None


def elliptical_count(sentence: str, left: str, pos: int, word_number: bool) -> tuple[Optional[str], Optional[str]]:
    """A number with no noun after it that still counts: a vote tally, a partitive, or an
    elliptical subject. Returns (what it counts, which reading) or (None, None)."""
    right = sentence[pos:]
    if _TALLY_LEFT.search(left) and _TALLY_RIGHT.match(right) or _TALLY_SECOND.search(left):
        return "votes", "tally"
    if not word_number:
        return None, None
    pm = _PARTITIVE.match(right)
    if pm:
        np = pm.group("np")
        return (np.strip() if np else "members"), "partitive"
    if _CLAUSE_LEFT.search(left) and _FINITE_VERB_AFTER.match(right):
        return "members", "elliptical"
    return None, None
