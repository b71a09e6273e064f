"""The level a stated change reaches or is measured from is of the change's series.

Class: a percentage change whose frame names its series is followed, in its clause, by a
level the frame left unnamed, with only words that link a change to a level between them:
the level it reached ("rose 37 per cent y-o-y to 28,184 units", "to a total of $13.911
billion", "to reach $11.66 billion", "reaching 83.1bn riyals", "amounting to $13.2 million",
"with a total value of $2.950 billion", "which reached JD478.9 thousand", "equaling DKK 61
million") or the level it is measured from ("compared to the value recorded in the fourth
quarter of 2022 (N5.362.83 trillion)", "from 102bn CFA francs", "compared to $14.802
billion"). A reader takes the level's series from the change's subject, which the change
already carries. Any noun between them that could name another series ("up by … exports of
iron ore (up by 320 million)", "fewer cruise ship passengers and 1,400", "due to arrears
recovery of shs 7.22 billion") keeps them apart. Pure: no I/O."""

from __future__ import annotations

import re

from factcheck.extract.continued_series import change_words
from factcheck.extract.vocabulary import MONTH_NAME
from factcheck.matching import series_name_words

# words that link a change to the level it reaches or starts from, and the time phrases
# that say when ("in the same period of 2021", "y-o-y", "last month", "between January and June")
_LINK = frozenset("""
a an the to of at on in over for from with by as and or than when there it its this that which
reach reached reaches reaching total totals totalled totaled totalling totaling totaled sum level levels
value amount amounted amounting amounts stood stand stands standing equal equals equaled equalled equaling
equalling recorded recording registered registering were was is are be been being had has have
compared comparison compare against versus vs up down more less about around nearly almost some
approximately roughly just only little over under close ie i e
same period periods last previous prior preceding corresponding year years month months quarter quarters
week weeks half day days annual annually basis y-o-y yoy year-on-year month-on-month quarter-on-quarter
year-over-year month-over-month earlier ago before between first second third fourth during
""".split())
_TOKEN = re.compile(r"[A-Za-z][\w'’.-]*|\d+|[^\s\w]")
_MONTH = re.compile(MONTH_NAME + r"$", re.I)
_PUNCT = frozenset(",()–—-:'’")


def links_change_to_level(gap: str, series: frozenset, subject: frozenset = frozenset()) -> bool:
    """`gap`, the text from a change's figure to a level, holds only the words that link a
    change to the level it reached or was measured from, words of change, the time they are
    of, and the words of the change's own series and subject ("a 4.8% decrease in Georgia's
    foreign trade … with a total value of")."""
    if ";" in gap or len(gap) > 140:
        return False
    own = {w.lower() for w in subject}
    change = change_words()
    for tok in _TOKEN.findall(gap):
        low = tok.lower().rstrip(".")
        if tok in _PUNCT or low in _LINK or low in change or tok.isdigit() or low.endswith("ly") \
                or all(_MONTH.match(part) for part in tok.split("-")):
            continue
        bare = re.sub(r"['’]s$", "", low)
        if bare in own or series_name_words(bare) and set(series_name_words(bare)) <= series:
            continue
        return False
    return True
