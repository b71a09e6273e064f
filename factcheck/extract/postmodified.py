"""The subject of a figure's verb when words that qualify it stand between the two: a
post-modified subject. "Total grants disbursed in the first half amounted to MK273.40
billion", "the fiscal deficit at the end of March 31, 2019, stood at Rs 6.45 lakh crore",
"the number of tourists that visited Greece between January and July, reached 15 million":
the head noun phrase opens the clause, and a participle, a relative clause or an adverbial
of time or place follows it before the verb. The metric reader looks for the subject right
before the verb, so these figures went unnamed (and could not meet the figures of the same
series elsewhere in the article). Pure: no I/O."""

from __future__ import annotations

import re
from typing import Optional

from factcheck.extract import context, grammar
from factcheck.extract.patterns import lazy
from factcheck.extract.vocabulary import names_no_series

# The verb group that states the figure as the subject's level, ending right before it (a
# bare copula, "is", "was", is left out: "X is N and not M", "the balance was N" state more
# than a level of the subject, and naming them added false flags).
_LEVEL_VERB_END = lazy(
    r"(?:\b(?:has|have|had)\s+)?\b(?:"
    r"(?:is|are|was|were|been)\s+(?:listed|put|estimated|recorded|pegged|valued|placed)\s+at"
    r"|(?:is|are|was|were)\s+(?:projected|expected|estimated|forecast)\s+to\s+(?:amount\s+to|reach|total)"
    r"|stood\s+at|stands\s+at|amount(?:ed|s)?\s+to|totall?(?:ed|s)|reach(?:ed|es)|came\s+(?:in\s+)?(?:at|to)"
    r"|exceed(?:ed|s)|surpassed"
    r"|(?:rose|fell|increased|decreased|climbed|grew|declined|dropped|jumped|surged|accumulated|widened|narrowed)\s+to)"
    r"\s+(?:(?:about|around|some|nearly|almost|approximately|roughly|over|more\s+than|just|only|"
    r"a\s+remarkable|a\s+record|an\s+estimated)\s+)?[^\s\d]{0,4}\s*$", re.I)
# A reported clause opens after its verb of saying and "that".
_SAYS_THAT = lazy(r"\b(?:said|says|say|reported|reports|report|showed|shows|show|indicated|indicates|noted|notes|"
                  r"believes|believe|revealed|reveals|stated|states|announced|announces|added|explained|disclosed|"
                  r"confirmed|confirms|estimated|estimates|told\s+\w+)\s+that\b", re.I)
# A comma-delimited stretch that is no subject: an adverbial opening ("In absolute terms",
# "As noted earlier by the Ministry", "after processing and reclassification") or a year.
_ADVERBIAL = lazy(r"\s*(?:(?:in|at|as|according|from|between|during|with|for|after|before|by|on|over|since|under|"
                  r"until|till|through|throughout|within|despite|following|meanwhile|however|also|overall|moreover|"
                  r"furthermore|again|still|thus|therefore|ie|i\.e|notably)\b|(?:19|20)\d\d\b|\d)", re.I)
_OPENERS = frozenset({"also", "however", "meanwhile", "and", "but", "overall", "moreover", "furthermore", "still", "thus"})
# Where the head noun phrase ends and its qualifier begins: a relative pronoun, or a
# preposition of time or place whose object is a time or a name (not "exports to China",
# "investment in mining": those phrases tell the series apart, and the rule abstains).
_TIME_OR_NAME = lazy(r"(?:(?:the\s+)?(?:end|start|beginning|close|first|second|third|fourth|last|past|same|current|"
                     r"previous|period|year|month|quarter|half|fiscal|financial)\b|(?:19|20)\d\d\b|[A-Z]|our\s+country\b|"
                     r"the\s+country\b)")
_TIME_PREPOSITIONS = frozenset({"in", "at", "during", "between", "after", "until", "till", "since", "over", "through",
                                "throughout", "within", "as", "on", "before"})
_DISTINGUISHING = frozenset({"to", "from", "with", "for", "by", "via", "excluding", "including", "under", "against", "per"})
_RELATIVE = frozenset({"which", "that", "who", "whose"})
_IRREGULAR_PARTICIPLES = frozenset({"made", "paid", "sent", "spent", "sold", "held", "brought", "given", "taken", "lent",
                                    "won", "bought", "seen", "done"})
_INFINITIVE = lazy(r"\bto\s*$")
_FIGURE = lazy(r"\d\s*(?:%|per\s?cent|percent|pc\b|billion|million|thousand|trillion|bn\b|mn\b)|[$€£¥]\s*\d", re.I)
_CHANGE_NOUN = lazy(r"(?:increase|rise|growth|gain|jump|decline|decrease|drop|fall|change|difference|gap)s?", re.I)
_WORD = re.compile(r"[A-Za-z][\w'’-]*|\S")


def post_modified_subject(left: str) -> Optional[str]:
    """The head noun phrase of the subject of the verb right before the figure, when a
    qualifier stands between them (`left`: the sentence before the figure). None when the
    verb is no verb of level, the subject is not found, or its qualifier may tell one series
    from another (a partner, a destination, a sector)."""
    verb = _LEVEL_VERB_END.search(left[-200:])
    if verb is None or _INFINITIVE.search(left[-200:], 0, verb.start()):
        return None  # "… jumped 77 percent to amount to $4.8 billion": the clause's own verb states it
    clause = left[-200:][: verb.start()]
    said = None
    for said in _SAYS_THAT.finditer(clause):
        pass
    if said is not None:
        clause = clause[said.end():]
    clause = re.split(r"[.;:!?]\s|\b(?:when|while|whereas|but|and)\s+(?=(?:the|its|their)\b)", clause)[-1]
    segments = clause.split(",")
    # the subject: the first stretch that opens with no adverbial; every stretch after it
    # (up to the verb) must be an aside, else the commas list the parts of a noun phrase
    for k, seg in enumerate(segments):
        if not seg.strip() or _ADVERBIAL.match(seg) and not _opens_noun(seg):
            continue
        if not all(_ADVERBIAL.match(s) for s in segments[k + 1:] if s.strip()):
            return None
        if _FIGURE.search(",".join(segments[k:])):
            return None  # a figure of the clause before the verb: its series is shared (sentence_frame)
        phrase = _head_phrase(seg)
        return None if names_no_series(phrase) or _CHANGE_NOUN.fullmatch(phrase or "") else phrase
    return None


def _opens_noun(seg: str) -> bool:
    """'Also total hotel stays in Bahrain': an opening adverb before the noun phrase."""
    words = seg.split()
    return bool(words) and words[0].lower() in _OPENERS and len(words) > 1 and words[1].lower() not in _OPENERS \
        and not _ADVERBIAL.match(" ".join(words[1:]))


def _head_phrase(seg: str) -> Optional[str]:
    tokens = _WORD.findall(seg)
    while tokens and tokens[0].lower() in _OPENERS:
        tokens = tokens[1:]
    words: list[str] = []
    for i, tok in enumerate(tokens):
        low = tok.lower()
        rest = " ".join(tokens[i + 1:])
        if not re.match(r"[A-Za-z]", tok):
            if tok == "(":
                break
            return None  # a figure or a sign inside: no plain noun phrase
        if low in context._DETERMINERS - {"total", "overall", "combined"}:
            if not words:
                continue
            return None  # a determiner inside: the words ran over a clause ("This means the country …")
        if low in _RELATIVE:
            break
        if low == "of":
            # "re-exports of foreign goods", "number of tourists": the 'of' phrase names the
            # series; "of our country", "of the Kingdom": whose figure it is (the subject)
            if re.match(r"(?:the|our|its|their|this|that|[A-Z])", rest):
                break
            words.append(tok)
            continue
        if low in _TIME_PREPOSITIONS:
            if not _TIME_OR_NAME.match(rest):
                return None
            break
        if low in _DISTINGUISHING:
            return None
        if low == "and":
            # "Capital Expenditure and Net Lending": a name in capitals; a coordination of
            # lower-case nouns may be two series' figures listed
            if not (words and words[-1][:1].isupper() and rest[:1].isupper()):
                return None
            words.append(tok)
            continue
        if words and (len(low) > 4 and low.endswith("ed") and not grammar._ATTRIBUTIVE_PARTICIPLE(low)
                      or low in _IRREGULAR_PARTICIPLES):
            # "revenues collected", "grants disbursed": a participle opens the qualifier,
            # unless what it says tells the series apart ("exports destined for China")
            if re.search(r"\b(?:to|from|for|by|via|with)\s+[A-Z]", rest):
                return None
            break
        if context._VERB_RE.fullmatch(tok) and low not in context._NOUNS_TOO:
            return None
        words.append(tok)
        if len(words) > 6:
            return None
    phrase = context.clean_phrase(words)
    return phrase or None
