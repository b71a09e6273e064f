"""What a count counts: the noun phrase after a number ("2.4 million headsets"), plural and
singular forms, nouns elided in a coordination ("seven new and three renewed licences"),
partitives ("three of its members"), vote tallies, and the noun "one" counts."""

from __future__ import annotations

import functools
import re
from typing import Optional

from factcheck.extract import grammar
from factcheck.extract.lexicon import load as load_lexicon
from factcheck.extract.numbers import DIGITS, NUMBER_WORD
from factcheck.extract.patterns import lazy
from factcheck.extract.units import TIME_UNITS, match_physical_unit

_IRREGULAR_PLURALS = {
    "people", "children", "men", "women", "staff", "personnel", "police", "cattle", "livestock",
    "sheep", "fish", "deer", "aircraft", "data", "media", "yuan", "yen", "crew", "troops",
    "militia", "youth", "poultry", "swine", "hogs", "pigs", "offspring", "alumni", "criteria", "teeth", "feet",
    # zero plurals of fish and game, counted as "206.9 million salmon" ("fish", "sheep", "deer" above)
    "salmon", "trout", "cod", "tuna", "carp", "halibut", "pollock", "mackerel", "herring", "hake", "tilapia",
    "catfish", "swordfish", "bison", "moose", "elk", "reindeer",
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


_ACRONYM_PLURAL = lazy(r"[A-Z][A-Za-z]*[A-Z]s")


def is_plural(word: str) -> bool:
    if _ACRONYM_PLURAL.fullmatch(word):
        return True  # acronyms: "MoUs", "SMEs", "NGOs"
    w = word.lower().strip("'’")
    if w in _IRREGULAR_PLURALS:
        return True
    if w in _NOT_PLURAL or len(w) < 3:
        return False
    if w.endswith("men") and w.isalpha() and w not in ("omen", "amen", "specimen", "abdomen", "regimen"):
        return True  # "fishermen", "policewomen", "congressmen"
    return w.endswith("s") and not w.endswith(("ss", "us", "is", "ous", "'s", "’s"))


_WORDS_AFTER = lazy(r"\s+((?:(?:[A-Za-z][\w'’]*(?:-[A-Za-z][\w'’]*)*|\d+s?)[ \t]*){1,6})")


def counted_phrase(right: str) -> Optional[str]:
    """The noun phrase a number counts: ' inbound trips, with ...' → 'inbound trips'.

    The phrase ends at its head, the last plural within a few words. Modifiers coordinated
    before the head belong to it ("460 Kia and Hyundai vehicles", "4.3M digital and physical
    sales"); a word in -ed after a plural starts a verb or a participle clause, which does not
    ("two Singaporean sisters helped fraudsters")."""
    m = _WORDS_AFTER.match(right)
    if not m:
        return None
    tokens = m.group(1).split()
    if tokens[0].lower() in _PEOPLE_ADJECTIVES:
        return tokens[0]  # "eleven dead", "35 injured": people named by what befell them
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
        if low in COUNT_STOP or _adverb(tok, tokens[i + 1] if i + 1 < len(tokens) else ""):
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


# Adjectives that name people as a noun does after a count ("left eleven dead and 40 injured")
_PEOPLE_ADJECTIVES = frozenset({"dead", "injured", "wounded", "missing", "killed", "displaced", "homeless"})
_NUMBER_WORD = lazy(NUMBER_WORD, re.I)
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


def _adverb(word: str, after: str) -> bool:
    """A word in -ly that ends a counted phrase ("rose 5 percent sharply", "20 decently sized
    plants"); not a hyphenated one ("gas-only") nor one right before a plural noun, which
    is an adjective or a noun ("five monthly payments", "three family homes")."""
    low = word.lower()
    return low.endswith("ly") and len(low) > 4 and "-" not in low and not is_plural(after)


def _coordinated_modifier(after: list[str]) -> bool:
    """After 'and'/'or' inside a counted phrase: one or two modifiers, then the plural head."""
    for n, tok in enumerate(after[:3]):
        low = tok.lower()
        if low in COUNT_STOP or low in ("and", "or") or _NUMBER_WORD.fullmatch(low):
            return False  # "six new and two renewed permits": a second count, not a modifier
        if is_plural(tok):
            return n > 0
    return False


# "half the condos", "a third of the US population", "one in five adults", "half of which"
_WHOLE_START = lazy(r"\s+(?:of\s+)?(?:(?P<det>the|its|their|his|her|our|these|those|this|that|all)\s+)?")
_AFTER_A_VERB = {"in", "on", "at", "to", "from", "with", "by", "the", "a", "an", "its", "their", "into", "across",
                 "over", "under", "up", "down", "out", "for", "abroad", "here", "there", "outside", "alone"}
_PRONOUN_WHOLE = re.compile(r"\s+of\s+(?P<p>which|whom|them|it|these|those|this|that)\b(?:\s+[a-z]+ed\b)?", re.I)


def whole_of(right: str) -> Optional[str]:
    """What a fraction or proportion is of, from the words after it: ' the condos, which' →
    'condos'; ' of the US population is' → 'US population'; ' of which are' → 'which';
    ' of those screened were' → 'those screened' (a pronoun stands for the whole)."""
    pm = _PRONOUN_WHOLE.match(right)
    if pm and (pm.group("p").lower() not in ("these", "those", "this", "that") or pm.group(0).endswith("ed")
               or not re.match(r"\s+[A-Za-z]", right[pm.end():]) or
               re.match(r"\s+(?:were|was|are|is|have|had|has|who)\b", right[pm.end():], re.I)):
        return pm.group(0).split(None, 1)[1]
    m = _WHOLE_START.match(right)
    words: list[str] = []
    tokens = re.findall(r"[A-Za-z][\w'’-]*|\S", right[m.end():])[:6]
    for i, tok in enumerate(tokens):
        low = tok.lower()
        if not tok[0].isalpha() or low in COUNT_STOP or low.endswith("ly") and len(low) > 4 \
                or words and low.endswith("ed") and len(low) > 4:
            break
        after = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
        if words and is_plural(tok) and not is_plural(words[-1]) and after in _AFTER_A_VERB:
            break  # "the population lives in": a verb after a singular noun ("company shares were" is a noun)
        words.append(tok)
        if is_plural(tok) or len(words) >= 4:
            break
    return " ".join(words) or None


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
# lazy, so that a search skips to the characters a match can begin with (patterns.first_chars)
_TALLY_LEFT = lazy(r"\b(?:vot(?:e|es|ed|ing)|split|majority\s+of|vote\s+of)\s+(?:by\s+)?(?:a\s+)?$", re.I)
_TALLY_SECOND = re.compile(r"\b(?:vot(?:e|es|ed|ing)|split|majority\s+of|vote\s+of)\s+(?:by\s+)?(?:a\s+)?"
                           rf"(?:\d+|{NUMBER_WORD})\s*(?:-|–|to)\s*$", re.I)
_TALLY_RIGHT = lazy(rf"\s*(?:-|–|to)\s*(?:\d+|{NUMBER_WORD})\b", re.I)
# "four of the nine-person committee", "three of its members": a partitive count.
# "two of Johnson's deputies": a possessor names the whole too.
_PARTITIVE = re.compile(r"\s+(?i:of)\s+(?:(?i:the|its|their|our|his|her|them|those|these|whom|which)|"
                        r"(?P<owner>[A-Z][\w-]*['’]s))\b(?:\s+(?P<np>(?:[\w-]+\s+){0,2}(?i:[a-z])[\w-]*))?")
# "while four wanted to keep rates unchanged": a number standing for its noun as the subject
# of a verb, after a clause boundary.
_CLAUSE_LEFT = lazy(r"(?:^|[,;:—–(]|\b(?:while|and|but|whereas|though|although|as|when|with|"
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
_ELIDED_NOT_ADJ = lazy(r"rose|fell|grew|won|lost|went|came|said|were|was|are|is|had|have|did|voted|died")


def _antecedent(sentence: str, pos: int) -> Optional[str]:
    """The plural noun of the nearest earlier count in the sentence: '10 MoUs including'."""
    nouns = re.findall(r"(?:\d[\d,.]*|\b(?:" + NUMBER_WORD + r"))\s+(?:[A-Za-z][\w-]*\s+){0,2}?([A-Za-z][\w'’-]*)",
                       sentence[:pos], re.I)
    plural = [n for n in nouns if is_plural(n) or re.fullmatch(r"[A-Z]{2,}s", n)]
    return plural[-1] if plural else None


_LOWER_WORD_AFTER = lazy(r"\s+([a-z][\w-]*)\b")


def elided_noun(sentence: str, left: str, pos: int) -> tuple[Optional[str], Optional[str]]:
    """(counted noun phrase, 'elided') for a number whose noun is elided in a coordination."""
    em = _ELIDED.match(sentence, pos)
    if em and _conjunct_adjective(em.group("adj")) and _conjunct_adjective(em.group("adj2")):
        noun = counted_phrase(sentence[em.start("adj2") - 1:])
        noun = noun.split()[-1] if noun else _antecedent(sentence, pos)
        if noun:
            return f"{em.group('adj')} {noun}", "elided"
    am = _LOWER_WORD_AFTER.match(sentence[pos:])
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
    if pm and (pm.group("np") or not pm.group("owner")):
        np = pm.group("np")
        # "three of its members voted": members; "four of the nine-person committee agreed": committee
        np = (counted_phrase(" " + np) or re.sub(r"(?<=\w)\s+[a-z]{3,}ed$", "", np)) if np else "members"
        return (f"{pm.group('owner')} {np}" if pm.group("owner") else np), "partitive"
    if _CLAUSE_LEFT.search(left) and _FINITE_VERB_AFTER.match(right):
        return "members", "elliptical"
    return None, None


# "$58.24 per barrel", "63 cents a share", "£24 a-year", "12 m/s"
# ("218 people on average per year": an average may stand between the figure and its denominator)
_PER = re.compile(r"(?:[ \t]*/[ \t]*|[ \t]+(?:on[ \t]+average[ \t]+)?(?P<w>per|a|an|each|every)(?:[ \t]+|-(?=year|month|week|day)))(?:(?P<n>\d[\d,]*(?:\.\d+)?)[ \t]+)?"
                  r"(?P<den>[A-Za-zµ°][\w²³/.-]*)", re.I)
# a span of time abbreviated to its letter after a slash, as the energy and mining trades print
# rates ("b/d", "t/y", "t/a" per annum, "m3/h")
_TIME_SYMBOLS = {"d": "day", "y": "year", "a": "year", "h": "hour", "wk": "week", "mo": "month", "mth": "month"}
_TIME_DENOMINATOR = {"year": "year", "yr": "year", "annum": "year", "month": "month", "week": "week", "day": "day",
                     "hour": "hour", "hr": "hour", "minute": "minute", "min": "minute", "second": "second",
                     "quarter": "quarter", "night": "night", "fortnight": "fortnight"}


def per_unit(sentence: str, pos: int) -> Optional[tuple[int, str]]:
    """The denominator of a rate right after a quantity's unit, as (end, unit):
    ' per barrel' → 'barrel', ' a month' → 'month', ' per 100,000 people' → '100000 person'."""
    cur = _PER_CURRENCY.match(sentence, pos) if "dollar" in sentence or "euro" in sentence or "/" in sentence \
        or " per " in sentence or " to the " in sentence else None
    if cur is not None:  # "500,000 rials per dollar", "3.75 riyals to the dollar", "30 cents in every dollar"
        code = cur.group("code") or _CURRENCY_DENOMINATORS[cur.group("name").lower().rstrip("s")]
        return cur.end(), code
    m = _PER.match(sentence, pos)
    if m is None or (m.group("w") or "").lower() in ("a", "an") \
            and re.match(r"\s+(?:earlier|ago|later|before|after|on|from)\b", sentence[m.end():]) \
            and not _unit_of_quantity(sentence, m.start("den")):
        # "$6.78 billion a year earlier": a comparison, not a rate; but "$85 a barrel from $73"
        # and "£2 a litre on Monday" are rates (no barrel or litre is ever "earlier")
        return None
    word = (m.group("w") or "/").lower()
    den_at = m.start("den")
    n = m.group("n")
    count = (f"{float(n.replace(',', '')):g} " if n else "")
    dm = re.match(r"[A-Za-z]+", sentence[den_at:])
    base = singular(dm.group(0)).lower() if dm else ""
    if word == "/" and n and base in _SCALE_DENOMINATORS:
        return None  # "$3.66 billion/3.22 billion euro": the same amount converted, not a rate
    if base in _TIME_DENOMINATOR and not n:
        return den_at + dm.end(), _TIME_DENOMINATOR[base]
    if word == "/" and not n and dm.group(0) in _TIME_SYMBOLS:
        return den_at + dm.end(), _TIME_SYMBOLS[dm.group(0)]  # "150,000 boe/d", "5 Mt/y", "12 t/h"
    if word == "/" and not n and dm.group(0) in ("b", "B") and not sentence.startswith("/", den_at + 1):
        return den_at + 1, "barrel"  # the oil trades' barrel after a slash: "$90/b", "$126/B" (not "b/d")
    unit = match_physical_unit(sentence, den_at)
    if unit is not None and word == "/" and n:
        return None  # "224 kW / 300 PS": the same quantity in another unit, not a rate
    if unit is not None and unit.entity != "time":
        power = re.match(r"[²³23](?!\d)", sentence[unit.end:unit.end + 2]) if word == "/" else None
        if power:  # "1.3 A/cm2": per square centimetre
            return unit.end + 1, f"{count}{unit.unit} ** {'2' if power.group(0) in '2²' else '3'}"
        return unit.end, unit.as_denominator(float(n.replace(",", "")) if n else None)
    if n and dm and base in ("of", "population"):
        # a rate per so many of a population (issue 9): "births/1000 of the population", "per
        # 1,000 population", "per 100,000 of the inhabitants" are per so many people
        whole = _OF_POPULATION.match(sentence, den_at)
        if whole is not None:
            return whole.end(), count + "person"
    # (a capital names something, "per Tesla"; not so a headline's title case: "GDP Per Capita")
    if not dm or dm.group(0)[0].isupper() and base not in _PER_PERSON or dm.group(0).lower() in COUNT_STOP:
        return None
    if word in ("a", "an") and (n or base not in _denominators()):
        return None
    if word in ("each", "every") and not base:
        return None
    head = _compound_head(sentence, den_at + dm.end(), dm.group(0), bool(n))
    if head is not None:  # "per 1,000 live births", "per international visitor": the phrase's head noun
        den_at = head
        dm = re.match(r"[A-Za-z]+", sentence[den_at:])
        base = singular(dm.group(0)).lower()
    if base in _PER_PERSON and not (base == "head" and re.match(r"\s+of\b", sentence[den_at + dm.end():])):
        base = "person"  # "per capita", "a head", "per tourist": per person (not "per head of cattle")
    if base == "unit" and not n and _ELECTRICITY.search(sentence):
        base = "kWh"  # the electricity "unit" of a tariff is the kilowatt-hour ("23 pence per unit")
    return den_at + dm.end(), count + base


_OF_POPULATION = lazy(r"(?:of\s+(?:the\s+|its\s+)?)?(?:population|inhabitants|people|residents)\b", re.I)


# a sentence about electricity, whose "unit" (the Board of Trade unit) is the kilowatt-hour
_ELECTRICITY = re.compile(r"\belectric(?:ity|al)?\b|\bkWh\b|\bkilowatt|\b(?:power|energy)\s+(?:tariffs?|bills?|prices?|"
                          r"rates?|charges?|supply|utilit(?:y|ies)|consumers?|consumption)\b|\bgrid\b", re.I)


# the endings of English adjectives ("international", "active", "ordinary", "foreign", "overnight"
# is a noun-modifier by position only, so it needs a known head after it)
_ADJECTIVE_ENDING = lazy(r"[a-z]+(?:al|ive|ary|ous|ic|ign|ern|ble|ful|ese|ian|ish|ile|ant|ent)", re.I)
_NEXT_WORD = lazy(r"[ \t]+([a-z]+)(?![\w'’-])")
# words after a denominator that start something else: time, degree, place
_NOT_HEADS = frozenset({"last", "next", "earlier", "ago", "later", "ahead", "then", "now", "today", "yesterday",
                        "respectively", "alone", "overall", "compared", "versus", "more", "less", "higher",
                        "lower", "up", "down", "year", "month", "week", "day", "night", "hour", "quarter"})


def _compound_head(sentence: str, at: int, first: str, counted: bool) -> Optional[int]:
    """Where the head noun of a denominator written as a compound or with an adjective starts, the word
    after `first` (a denominator's first word, ending at `at`): "per international visitor",
    "per ordinary share", "per cruise passenger", "per 1,000 live births", "per 100,000 motor
    vehicles". English puts the head last: the second word is the head when it is a noun
    the rates know (a denominator, a person), or a plural after a count ("1,000 live births"),
    or any open-class word after an adjective ("per overnight stay" is not: "overnight" has no
    adjective ending, and "stay" no known noun)."""
    low = first.lower()
    if low in _denominators() or low in _PER_PERSON or low in _TIME_DENOMINATOR or is_plural(first) \
            or match_physical_unit(sentence, at - len(first)) is not None:
        return None  # the first word is a head already: "per share", "per 1,000 residents aged"
    m = _NEXT_WORD.match(sentence, at)
    if m is None:
        return None
    word = m.group(1).lower()
    if word in _NOT_HEADS or grammar.is_function_word_or_verb(word) or word.endswith("ly") or word in COUNT_STOP:
        return None
    base = singular(word).lower()
    known = base in _denominators() or base in _PER_PERSON
    if known or counted and is_plural(word) or _ADJECTIVE_ENDING.fullmatch(first):
        return m.start(1)
    return None


def _unit_of_quantity(sentence: str, at: int) -> bool:
    """A physical unit that is no span of time starts at `at` ("barrel", "litre", "kg")."""
    unit = match_physical_unit(sentence, at)
    return unit is not None and unit.entity != "time"


# an exchange rate's denominator, one unit of another currency: "per dollar" is the US dollar
_CURRENCY_DENOMINATORS = {"dollar": "USD", "us dollar": "USD", "u.s. dollar": "USD", "american dollar": "USD",
                          "euro": "EUR", "pound sterling": "GBP", "yuan": "CNY", "yen": "JPY"}
_PER_CURRENCY = re.compile(
    r"(?:[ \t]*/[ \t]*|[ \t]+(?:per|to\s+the|in\s+every|for\s+(?:one|each|every|a|1))[ \t]+)(?:(?:one|a|1)[ \t]+)?"
    r"(?:(?P<name>(?:US|U\.S\.|American)\s+dollar|dollar|euro|pound\s+sterling|yuan|yen)(?![\w-])"
    r"|(?-i:(?P<code>USD|EUR|GBP|CNY|JPY|CHF))\b)", re.I)
_SCALE_DENOMINATORS = {"thousand", "million", "billion", "trillion", "bn", "mn", "mln", "bln", "tn", "m", "b"}
_PER_PERSON = {"capita", "head", "inhabitant", "person", "people", "individual", "tourist", "visitor", "traveller",
               "traveler", "guest", "holidaymaker", "citizen", "resident"}


@functools.cache
def _denominators() -> frozenset:
    return frozenset(load_lexicon("units")["denominators"])
