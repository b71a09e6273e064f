"""A balance whose sign a word gives rather than a minus: "the trade balance was negative
$2.5 billion", "a balance of $1.0 billion negative", "39 198 mln dollars of negative balance",
"a passive balance of foreign trade of $2.6 billion" (the post-Soviet press's word for a
deficit). The annotation signs a balance's value (GUIDE: "fully scaled and signed"); a
"deficit of $2.5 billion" names its sign in the metric and stays positive."""
import re

from factcheck.extract.patterns import triggered

# "negative $2.5 billion" (the word right before the amount)
_NEGATIVE_BEFORE = re.compile(r"\bnegative\s*$", re.I)
# "$1.0 billion negative", "39 198 mln dollars of negative balance"
_NEGATIVE_AFTER = re.compile(r"\s*(?:negative\b(?!\s+(?:growth|change|impact|effect|rate))|of\s+(?:a\s+)?negative\s+"
                             r"(?:(?:trade|foreign\s+trade|current\s+account|external|net)\s+)?balance\b)", re.I)
# "a passive balance of foreign trade in the amount of $2.6 billion": the balance named in
# the same clause before the amount
_PASSIVE_BALANCE_BEFORE = re.compile(r"\bpassive\s+(?:(?:trade|foreign\s+trade)\s+)?balance\b[^.;:\d]{0,60}$", re.I)
# "recorded a negative trade balance of 900.2 billion": the amount the negative balance is
# ("the negative balance … increased to $8.975 billion" names its sign in the metric instead)
_NEGATIVE_BALANCE_OF = re.compile(r"\bnegative\s+(?:(?:trade|foreign\s+trade|current\s+account|external|net)\s+)?"
                                  r"balance\s+(?:of|at)\s+(?:(?:about|around|nearly|some|almost|over)\s+)?$", re.I)
# a trade balance by another name: "the gap between exports and imports … stood at a negative Rs 270 billion"
# (asked of the whole sentence for each of its amounts: looked for only behind its two words)
_BALANCE = triggered(re.compile(r"\bbalance\b|\btrade\s+gap\b|\bgap\s+between\s+(?:the\s+)?(?:exports|imports)\b", re.I), ("balance", "gap"))


def negative_by_word(sentence: str, start: int, end: int) -> bool:
    """The money amount at sentence[start:end] is a balance a word makes negative."""
    if not _BALANCE.search(sentence):
        return False
    left, right = sentence[:start], sentence[end:]
    return bool(_NEGATIVE_BEFORE.search(left, max(0, len(left) - 12)) or _NEGATIVE_AFTER.match(right)
                or _PASSIVE_BALANCE_BEFORE.search(left, max(0, len(left) - 100))
                or _NEGATIVE_BALANCE_OF.search(left, max(0, len(left) - 80)))
