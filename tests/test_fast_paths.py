"""The speed-ups of the grammar's patterns change no match (hypothesis, derandomized).

Each fast form is checked against the plain form it replaces, on random text drawn
from the characters the two could disagree on: letters in both cases, digits, white
space of several kinds, the word characters of the patterns, non-ASCII letters.
"""

import math
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from factcheck.extract import exclusions, qualifiers
from factcheck.extract.patterns import literal_alternation

PROPERTY = settings(max_examples=400, deadline=None, derandomize=True)

_ALPHABET = "abcdeforsty ABCDEFORSTY 0123456789 .,;:-–&'’_()/$%\t\n\u00a0\u2009éÉſK"
texts = st.text(alphabet=_ALPHABET, max_size=80)


def glued(pieces: list, glue: list, max_size: int = 12):
    """Text made of these pieces and bits of glue between them, in any order."""
    return st.lists(st.one_of(st.sampled_from(pieces), st.sampled_from(glue)), max_size=max_size).map("".join)

_WORDS = ["rose", "rise", "risen", "fell", "fall", "ticked down", "ticked up", "edged", "eased",
          "Rose", "surged", "slid", "slipped", "a", "ab", "b", "é", "K"]
# text made of those words (and of words they begin), glued or set apart
phrases = glued(_WORDS + ["rises", "fallen", "ticked", "RISE", "ſlid", "Ab"], [" ", "", "-", ".", "\t", "  ", "\u00a0", "é", "x", "1"], max_size=14)


@PROPERTY
@given(texts, st.integers(min_value=0, max_value=80))
def test_word_before_finds_what_the_pattern_found(text, start):
    m = exclusions._WORD_BEFORE.search(text, start)
    assert exclusions.word_before(text, start) == (m.group(1) if m else None)


@PROPERTY
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=8, unique=True), st.one_of(texts, phrases))
@example(["risen", "rise", "fell"], "it risen")  # the order of a word and its prefix decides
@example(["rise", "fell", "risen"], "it risen")
def test_grouped_alternation_matches_as_the_plain_one(words, text):
    plain = re.compile("|".join(re.escape(w) for w in words))
    grouped = re.compile(literal_alternation(words))
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


@PROPERTY
@given(st.lists(st.sampled_from([w for w in _WORDS if w.isascii()]), min_size=1, max_size=8, unique=True),
       st.one_of(texts, phrases))
@example(["rises", "Rise", "risen"], "risen")  # grouped by exact letter, 'risen' would come before 'Rise'
@example(["rise", "risen"], "RISEN")
def test_case_insensitive_grouping_matches_as_the_plain_one(words, text):
    plain = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")", re.I)
    grouped = re.compile(r"(?<![\w-])(?:" + literal_alternation(words, ignore_case=True, space=r"\s+") + r")", re.I)
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_case_insensitive_grouping_leaves_non_ascii_words_ungrouped():
    assert literal_alternation(["éclat", "Éclair", "eau"], ignore_case=True) == "éclat|Éclair|eau"
    assert literal_alternation(["rose", "Rise", "fell"], ignore_case=True) == "r(?:ose|ise)|f(?:ell)"


@PROPERTY
@given(st.text(alphabet="Jan Feb May 1 2 0 9 FY fiscal year Q H Monday ( ) - – / : . am pm", max_size=60))
def test_date_spans_start_only_where_a_word_or_a_one_starts(text):
    ungated = re.compile("|".join(f"(?:{p})" for p in exclusions._DATE_PATTERNS), re.I)
    assert [m.span() for m in exclusions.DATE_RE.finditer(text)] == [m.span() for m in ungated.finditer(text)]


def test_the_words_of_change_are_grouped_by_first_letter_in_their_order():
    alternation = qualifiers.change_verb_alternation()
    words = sorted(qualifiers.change_words(), key=len, reverse=True)
    plain = re.compile("|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words), re.I)
    grouped = re.compile(alternation, re.I)
    sample = "Exports rose 5% and imports ticked  down 2%, while output Edged up; sales FELL sharply."
    assert [m.span() for m in grouped.finditer(sample)] == [m.span() for m in plain.finditer(sample)]
    assert alternation.count("(?:") == len({w[0] for w in words})  # one branch per first letter


def _plain_qualifier_before(left):
    """qualifier_before as it was: the pattern searched at every place of the tail."""
    m = qualifiers.QUALIFIER_BEFORE.search(left[-40:])
    if not m:
        return None, len(left)
    offset = len(left) - (len(left[-40:]) - m.start("q"))
    for rx, q in qualifiers._CODE:
        if rx.fullmatch(m.group("q")):
            return q, offset
    return None, len(left)


_QUALIFIER_WORDS = ["more than", "over", "moreover", "at least", "up to", "as much as", "about", "around the",
                    "c.", "approx.", "~", "some", "Some", "OVER", "ſome", "Kabout", "short of", "nearly", "nearlyx",
                    "estimated", "an", "the", "of", "to", "x"]
qualifier_texts = glued(_QUALIFIER_WORDS, [" ", "", "-", "\t", "\u00a0", "é", "1", "$", "(", "US$ "], max_size=12)


@PROPERTY
@given(st.one_of(texts, qualifier_texts))
@example("exports of about ")
@example("sales topped ſome ")  # re.I folds 'ſ' to 's': non-ASCII text goes to the pattern
@example("the figure was approx. ")
@example("moreover ")
def test_qualifier_before_skips_only_text_the_pattern_cannot_end(left):
    assert qualifiers.qualifier_before(left) == _plain_qualifier_before(left)


def test_the_qualifier_words_are_whole_words_of_their_patterns():
    # The pre-test takes a qualifier's last word from the patterns' words: a word built
    # of a stem and a group ('exceed(?:s|ed)') would not be among them.
    for pattern, _ in qualifiers._BEFORE:
        assert not re.search(r"[A-Za-z]\(|\)[?*+]?[A-Za-z]", pattern), pattern


_COMPARE_WORDS = ["from", "against", "compared with", "compared to", "versus", "vs.", "over", "than", "vis-à-vis",
                  "previous", "prior", "earlier", "the", "a", "revised", "year-ago", "last", "April's", "deficit",
                  "of", "an", "its", "X", "ſ"]
compare_phrases = glued(_COMPARE_WORDS, [" ", "  ", "\n", "\t", "\u00a0", "", ",", "1"], max_size=12)


@PROPERTY
@given(st.one_of(texts, compare_phrases))
@example("up from ")
@example("compared with the previous\n")
@example("over last year's level of ")
@example("from")
def test_compared_before_finds_what_the_pattern_found(text):
    from factcheck.relations import graph

    assert graph.compared_before(text) == (graph._COMPARED.search(text) is not None)


@PROPERTY
@given(st.text(alphabet="Jan Feb Apr Sept Oct Nov Dec Aug 1 2 0 9 FY fiscal year Q H Monday Fri Sun Thurs Wed ( ) - – / : . "
                        "am pm St Road ſ K é = equals", max_size=60))
def test_date_spans_start_only_at_a_digit_or_the_first_letters_of_their_words(text):
    ungated = re.compile("|".join(f"(?:{p})" for p in exclusions._DATE_PATTERNS), re.I)
    months, others = exclusions._MONTH_HINT.may_match(text), exclusions._OTHER_HINT.may_match(text)
    for (m, o), variant in exclusions._DATE_RES.items():
        if (m or not months) and (o or not others):  # each variant whose words the text holds finds it all
            assert [x.span() for x in variant.finditer(text)] == [x.span() for x in ungated.finditer(text)]


# --- fragments grouped behind a lookahead for their first letter (patterns.first_letter_alternation) ---
from factcheck.extract import numbers as _numbers  # noqa: E402
from factcheck.extract.patterns import first_letter_alternation  # noqa: E402

_FRAGMENTS = [r"Kuwaiti(?:\s+|-)(?:dinars?)", r"(?:UAE|Emirati)(?:\s+|-)(?:dirhams?)", r"(?:Kazakh\s+)?tenges?",
              r"(?<!South )Sudanese\s+pounds?", r"(?-i:AMD)|drams?", r"euros?", r"EUR", r"sen\b", r"ſhekels?",
              r"\$", r"kr\.?", r"dollars?", r"(?:US\s+)?dollars?"]
_FRAGMENT_TEXT = ("Kuwaiti dinars UAE-dirham Emirati dirhams Kazakh tenge tenges South Sudanese pounds Sudanese pound "
                  "AMD amd drams Euros EUR sen ſhekel shekels $ kr. KR \u212aR US dollars Dollar ſen İ ı x")
fragment_texts = glued(_FRAGMENT_TEXT.split(" "), [" ", "", "-", "\u00a0", "é", "1"], max_size=10)


def _same_everywhere(a: re.Pattern, b: re.Pattern, text: str) -> None:
    assert [(m.span(), m.groups()) for m in a.finditer(text)] == [(m.span(), m.groups()) for m in b.finditer(text)]
    for pos in range(len(text)):  # as _TAIL is asked: at one position
        ma, mb = a.match(text, pos), b.match(text, pos)
        assert (ma and ma.span()) == (mb and mb.span()), (text, pos)


@PROPERTY
@given(st.lists(st.sampled_from(_FRAGMENTS), min_size=1, max_size=6, unique=True), st.one_of(texts, fragment_texts))
@example([r"(?:US\s+)?dollars?", r"(?:UAE|Emirati)(?:\s+|-)(?:dirhams?)"], "US dollars")
@example([r"sen\b", r"(?:Kazakh\s+)?tenges?"], "ſen \u212aazakh tenge")  # re.I folds 'ſ' to s, the Kelvin sign to k
def test_fragments_grouped_by_first_letter_match_as_the_plain_alternation(fragments, text):
    plain = re.compile("|".join(f"(?:{f})" for f in fragments), re.I)
    grouped = re.compile(first_letter_alternation(fragments), re.I)
    _same_everywhere(grouped, plain, text)


def test_the_currency_names_are_grouped_and_read_as_before_on_the_corpus():
    from pathlib import Path

    assert _numbers.CURRENCY_NAME.startswith("(?=(?-i:[")  # the names grouped by their first letter
    plain = re.compile("|".join(f"(?:{p})" for p, _ in _numbers.CURRENCY_NAMES), re.I)
    grouped = re.compile(_numbers.CURRENCY_NAME, re.I)
    root = Path(__file__).resolve().parent.parent
    for p in sorted((root / "tests/data/extract").glob("*.txt")):
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                _same_everywhere(grouped, plain, line)


def test_fragments_whose_first_character_cannot_be_told_stay_a_plain_alternation():
    for fragments in ([r"euros?", r"\d+\s*dollars"], [r"euros?", r"[a-z]+ian\s+dinars"], [r"euros?", r"écus?"],
                      [r"euros?", r"(?:foo)?"]):
        assert first_letter_alternation(fragments) == "|".join(f"(?:{f})" for f in fragments)


def test_the_date_gate_lets_in_only_the_words_a_date_can_open_with():
    # three letters of a month, a weekday or "fiscal", not one: a class of first letters let
    # in nearly every word ("the", "said", "of") to try the whole alternation there
    for start in (exclusions._date_start(exclusions._DATE_OPENINGS + exclusions._OTHER_OPENINGS),
                  exclusions._date_start(exclusions._OTHER_OPENINGS)):
        gate = re.compile(start, re.I)
        assert all(gate.match(w) for w in ("FY24", "fiscal", "Monday", "THURSDAY", "Q3", "h1", "12", "1"))
        assert not any(gate.match(w) for w in ("the", "of", "and", "to", "said", "Ministry", "another", "data", "here"))
    assert re.compile(exclusions._date_start(exclusions._DATE_OPENINGS), re.I).match("Sept")
    assert not re.compile(exclusions._date_start(exclusions._OTHER_OPENINGS), re.I).match("Sept")


def test_a_sentence_naming_no_month_fiscal_year_weekday_or_quarter_tries_dates_only_at_digits():
    # most sentences: the engine skips every letter instead of trying the words that open dates
    digits_only = exclusions._DATE_RES[False, False]
    assert not re.compile(exclusions._date_start(()), re.I).match("fiscal")
    assert [m.group() for m in digits_only.finditer("Output rose 4% on 12/03/2024 at 10:30 am, 2023-24.")] \
        == ["12/03/2024", "10:30 am", "2023-24"]
    assert exclusions.date_spans("Sales rose in FY24 and Q3 2023.") == [(14, 18), (23, 30)]


# --- patterns that run only where one of their trigger words is (patterns.Triggered) ---
from factcheck import articles as _articles  # noqa: E402
from factcheck.extract import claims as _claims, context as _context, metrics as _metrics, placenames as _placenames  # noqa: E402
from factcheck.extract.frame import positions as _frame  # noqa: E402
from factcheck.extract import sentence_frame as _sentence_frame, series_qualifiers as _series_qualifiers  # noqa: E402
from factcheck.extract import periods as _periods  # noqa: E402
from factcheck.extract import roles as _roles_t  # noqa: E402
from factcheck.extract.patterns import Triggered  # noqa: E402
from factcheck.relations import common as _rel_common, graph as _rel_graph  # noqa: E402
from factcheck.relations.rules import restate as _rel_restate  # noqa: E402

_TRIGGERED = {"claims._FUTURE": _claims._FUTURE, "sentence_frame._EXPECTATION_WORD": _sentence_frame._EXPECTATION_WORD,
              "series_qualifiers._DENOMINATION": _series_qualifiers._DENOMINATION, "exclusions._MONTH_HINT": exclusions._MONTH_HINT,
              "articles._FUTURE": _articles._FUTURE, "frame.COMPARED_BEFORE": _frame.COMPARED_BEFORE,
              "sentence_frame._OBJECT_CHANGE": _sentence_frame._OBJECT_CHANGE,
              "qualifiers.QUALIFIER_VERB_BEFORE": qualifiers.QUALIFIER_VERB_BEFORE,
              "metrics._RELATIVE_SUBJECT": _metrics._RELATIVE_SUBJECT, "metrics._RELATIVE_CHANGE": _metrics._RELATIVE_CHANGE, "periods.bases._FLOW_SO_FAR": _periods.bases._FLOW_SO_FAR,
              "context._INNER_CLAUSE": _context._INNER_CLAUSE, "placenames._MARKET_PREDICATE": _placenames._MARKET_PREDICATE,
              "placenames._EXCLUDED_BEFORE": _placenames._EXCLUDED_BEFORE, "roles._GAP_BASE": _roles_t._GAP_BASE,
              "relations.common._WHEN_PAST": _rel_common._WHEN_PAST,
              "relations.restate._SET_AGAINST_SOURCE": _rel_restate._SET_AGAINST_SOURCE,
              "relations.graph._COMPARED_BY_POSSESSIVE": _rel_graph._COMPARED_BY_POSSESSIVE}
_TRIGGER_PIECES = ["will", "Will", "expects", "EXPECTED", "forecast", "projected", "outlook", "guidance", "targets",
                   "aims", "anticipated", "consensus", "predict", "estimate", "in", "in US", "in U.S.", "dollars",
                   "Dollar", "USD", "US$", "RMB", "yuan", "renminbi", "CNY", "rupees", "INR", "euros", "EUR", "yen",
                   "JPY", "pounds", "sterling", "GBP", "terms", "denominated", "expressed", "the", "ſterling",
                   "\u212aK", "İNR", "ınr", "eſtimate", "aım", "wıll", "dollar-terms", "shall", "would", "plans",
                   "planned", "Jan", "FEB", "march", "May", "juNe", "Jul", "Aug", "Sept", "oct", "Nov", "dec", "ſep",
                   "no\u212a", "Xmay", "from", "than", "compared with", "in comparison to", "with respect to", "vs.", "versus",
                   "as against", "over", "after rising", "following a", "a revised", "about", "FROM", "ſome",
                   "cut", "raised", "Lowers", "hiked", "trims", "brought", "helped to lift", "slashed", "revises",
                   "upgraded", "downgraded", "its costs", "by", "to", "ſlashed", "dropped", "pushes", "boosts",
                   "exceeded", "tops", "surpassing", "crossed", "overtook", "broke past", "fell short of", "falls below",
                   "fallen below", "Topped", "the", "croſſed",
                   "the exports which", "that", "THAT", "which were", "stood at", "amounted to", "is", "reached", "hit",
                   "received", "Generated", "brought in", "broughtin", "raiſed", "visited", "arrived", "sold",
                   "imports which mainly comprise copper", "over the reporting period", "in the specified period",
                   "compared to", "compared with the same period of 2022", "compared to January-May 2022", "2021", "of",
                   "remains", "the largest", "export", "sales", "MARKETS", "mar\u212aet", "source market", ",",
                   "other than", "Except for", "excluding", "outside of", "apart from", "besides", "non-", "NON-",
                   "exceeded", "Surpasses", "outstripped", "outpaced", "overshot", "overshoots", "beat", "fell short",
                   "falls short of", "missed", "undershot", "trailed", "lagged behind", "exceeded the plan", "$", "€",
                   "miſſed", "beſides", "lagging",
                   "when", "WHEN", "whEn", "was", "were", "stood", "had been", "at", "around", "(when the rate",
                   "unlike", "in contrast to", "In Contraſt with", "as against", "Compared with", "data", "figures",
                   "estimates", "statistics", "calculations", "official", "April's", "last year’s", "June'S",
                   "revenues", "of", "from", "than", "over", "'s", "’s", "'ſ"]
trigger_texts = glued(_TRIGGER_PIECES, [" ", "", "-", ".", "  ", "\u00a0", "é", "x", "1", "’"], max_size=12)


@PROPERTY
@given(st.sampled_from(sorted(_TRIGGERED)), st.one_of(texts, trigger_texts))
@example("series_qualifiers._DENOMINATION", "growth in ſterling terms")  # re.I folds 'ſ' to 's'
@example("claims._FUTURE", "it wıll")
@example("series_qualifiers._DENOMINATION", "in US$ terms")
@example("frame.COMPARED_BEFORE", "rose 0.5 percent after rising ")
@example("sentence_frame._OBJECT_CHANGE", "the bank cut its forecast by ")
@example("qualifiers.QUALIFIER_VERB_BEFORE", "sales fell short of ")
@example("metrics._RELATIVE_SUBJECT", "the trade deficit which stood at ")
@example("metrics._RELATIVE_CHANGE", "especially natural gas, which rose by ")
@example("periods.bases._FLOW_SO_FAR", "the country received")
@example("context._INNER_CLAUSE", "exports which mainly comprise copper")
@example("context._INNER_CLAUSE", "exports over the period compared to January-May 2022")
@example("placenames._MARKET_PREDICATE", "Norway, the largest export mar\u212aet")  # re.I folds the Kelvin sign to k
@example("placenames._EXCLUDED_BEFORE", "exports to countries other than the ")
@example("placenames._EXCLUDED_BEFORE", "non-")
@example("roles._GAP_BASE", "deaths exceeded births by ")
@example("roles._GAP_BASE", "revenues fell short of the target by about $")
@example("roles._GAP_BASE", "receipts miſſed the budget by ")  # re.I folds 'ſ' to 's'
@example("relations.common._WHEN_PAST", "more than in January 2016 (when the rate was ")
@example("relations.common._WHEN_PAST", "when it stood at about ")
@example("relations.restate._SET_AGAINST_SOURCE", "compared with the official data of ")
@example("relations.restate._SET_AGAINST_SOURCE", "unlike government figures, the union counts ")
@example("relations.graph._COMPARED_BY_POSSESSIVE", "compared to June's revenues of ")
@example("relations.graph._COMPARED_BY_POSSESSIVE", "from last year’s ")
@example("relations.graph._COMPARED_BY_POSSESSIVE", "over April'ſ shipment of ")  # re.I folds 'ſ' to 's'
def test_a_triggered_pattern_finds_what_its_pattern_finds(name, text):
    fast = _TRIGGERED[name]
    assert isinstance(fast, Triggered)
    for plain, got in ((fast.pattern.search(text), fast.search(text)), (fast.pattern.match(text), fast.match(text))):
        assert (got and (got.span(), got.groups())) == (plain and (plain.span(), plain.groups()))


def test_a_triggered_pattern_keeps_its_answer_for_the_last_text(monkeypatch):
    # a sentence is asked again for each of its figures and places: its words are looked
    # for once, until another text is asked
    from factcheck.extract import patterns

    asked = []
    monkeypatch.setattr(patterns, "lowered", lambda text: asked.append(text) or text.lower())
    fast = Triggered(re.compile(r"\bexceed", re.I), ("exceed",))
    sentence, other = "Deaths exceeded births by 161,000", "Births rose 2 percent"
    assert [fast.may_match(t) for t in (sentence, sentence, other, other, sentence)] == [True, True, False, False, True]
    assert asked == [sentence, other, sentence]


def test_a_triggered_pattern_asks_the_lower_case_of_a_text_once():
    from factcheck.extract import patterns

    text = "Germany remained the top Sales Market"
    low = patterns.lowered(text)
    assert low == text.lower() and patterns.lowered(text) is low
    assert _placenames._MARKET_PREDICATE.match(text, 7) and _placenames._MARKET_PREDICATE.match("Germany remained the top", 7) is None


# the number-word test of claims.extract as it was written: only whether it occurs is asked
_HAS_NUMBER_AS_WRITTEN = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety|hundred|thousand|million|billion|trillion|half|third|quarter|fifth|tenth|fold|second|fourth|sixth|seventh|eighth|ninth|"
    r"eleventh|twelfth|twice|thrice|\w+tieth|\w+teenth)", re.I)
number_word_texts = glued(["the", "seventieth", "Fourteenth", "TIETH", "teenth", "x", "tenant", "Halfway", "ſeven",
                           "\u212aK", "none", "fifty-fifth", "a", "ninetieth", "_", "é"], [" ", "", "-", "'", "é", "_"])


@PROPERTY
@given(st.one_of(texts, number_word_texts))
@example("the seventieth year")
@example("ſix of them")
@example("_tieth")
def test_the_number_word_test_answers_as_it_was_written(text):
    assert (_claims._HAS_NUMBER.search(text) is None) == (_HAS_NUMBER_AS_WRITTEN.search(text) is None)


def test_a_triggered_pattern_skips_text_without_its_words():
    # the point of the fast form: a sentence with none of the words never reaches the pattern
    class Refuses:
        def search(self, *args):
            raise AssertionError("the pattern ran")
    fast = Triggered(Refuses(), ("expect",))
    assert fast.search("Exports rose 5.2 percent in 2023.") is None
    assert fast.may_match("Sales beat EXPECTATIONS")
    assert fast.may_match("the eſtimate")  # may fold to a trigger: left to the pattern


def test_triggered_patterns_agree_with_their_plain_forms_on_the_corpus():
    # real sentences, in every window the callers ask about: a phrasing added to a
    # pattern without its trigger word shows up here as a match the fast form loses
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    texts = [p.read_text(encoding="utf-8") for d in ("corpus/dev", "tests/data/extract")
             for p in sorted((root / d).rglob("*.txt"))]
    assert texts
    checked = 0
    for text in texts:
        for line in text.splitlines():
            windows = [line] + [line[max(0, i - 60): i] for i in range(len(line)) if line[i].isdigit()]
            for fast in _TRIGGERED.values():
                for w in windows:
                    plain, got = fast.pattern.search(w), fast.search(w)
                    assert (got and got.span()) == (plain and plain.span()), (w, fast.pattern)
                    checked += plain is not None
    assert checked > 100  # the patterns did match real text: the comparison meant something


@PROPERTY
@given(st.text(alphabet="0123456789 .,\u00a0\u202f\u2009a-", max_size=60))
@example("1 234 567")
@example("x1\u00a0200 and 3.450\u00a0000")
@example(",123 456 789")
@example("from 18 984 to 19 250")
@example("1.200 300 and ,12 345")
@example("x1 234 5 678")
def test_space_grouped_numbers_digit_first_match_as_the_plain_pattern(text):
    from factcheck.extract import numbers

    for fast, plain in ((numbers._SPACE_GROUPED, numbers.SPACE_GROUPED_PLAIN),
                        (numbers._SPACE_ONE_GROUP, numbers.SPACE_ONE_GROUP_PLAIN)):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in re.finditer(plain, text)], plain



# made-up money talk: the currency hints' words, signs and near misses, glued or apart
_MONEY_PIECES = ["Rs", "Rs.", "rs", "RS", "₹", "rupee", "rupees", "Rupees", "crore", "lakh", "¥", "yen", "Yen", "£",
                 "pound", "pounds", "sterling", "$", "US$", "A$", "AU$", "C$", "HK$", "dollar", "dollars",
                 "Australian dollars", "Canadian dollar", "rand", "Rand", "R", "r", "Pakistani rupees", "taka", "Tk",
                 "tk", "5", "12", "ſ"]
money_talk = glued(_MONEY_PIECES, [" ", "", "-", ".", "\t", "\u00a0", "x", "a", "1"], max_size=16)


@PROPERTY
@given(money_talk)
@example("The budget of Rs 5 crore and 12 lakh rupees")
@example("A$5 and C$3 and HK$2, about 9 Australian dollars")
@example("R5 of rand, Tk 3 taka, $4 US dollars")
def test_the_currency_hints_count_as_their_plain_patterns(text):
    from factcheck.extract import claims

    plain = [(len(re.findall(hint.pattern, text)), code) for code, hint, _ in claims._CURRENCY_HINTS]
    assert claims._currency_counts(text) == plain


def test_a_currency_hint_runs_only_where_its_strings_are(monkeypatch):
    from factcheck.extract import claims

    ran = []

    class Counting:
        def __init__(self, code):
            self.code = code

        def findall(self, text):
            ran.append(self.code)
            return []

    monkeypatch.setattr(claims, "_CURRENCY_HINTS",
                        tuple((code, Counting(code), words) for code, _, words in claims._CURRENCY_HINTS))
    claims._currency_counts("Exports rose 5 percent to 12 billion yen in the year to March.")
    assert ran == ["JPY"]

# --- the variants a sentence names (relations.graph.variant_of) ---
_VARIANT_PIECES = ["seasonally adjusted", "Seasonal-adjustment", "adjusted for seasonal", "SA", "NSA", "sa", "nsa",
                   "unadjusted", "not seasonally adjusted", "non-seasonally", "original terms", "trend estimates",
                   "in trend", "real terms", "constant prices", "inflation-adjusted", "in volume terms", "nominal",
                   "current prices", "in dollar terms", "in Dollar-denominated terms", "in US dollars", "in U.S. dollar",
                   "in yuan", "in RMB", "in renminbi", "in rupees", "in yen", "in euros", "in won", "in pounds sterling",
                   "revised estimate", "budget estimates", "flash estimate", "(RE)", "(BE)", "(re)", "said", "sales",
                   "ſa", "NſA", "\u212aSA", "reaſ terms", "ın yen", "İn yen", "in", "terms", "the", "of"]
variant_texts = glued(_VARIANT_PIECES, [" ", "", "-", ".", "(", ")", "\u00a0", "é", "x", "1", "_"], max_size=10)


@PROPERTY
@given(st.one_of(texts, variant_texts))
@example("in ſeasonally adjusted terms")  # re.I folds 'ſ' to 's': non-ASCII text goes to the pattern
def test_the_variant_prefilter_never_hides_a_variant(text):
    from factcheck.relations import graph

    if graph._ANY_VARIANT.search(text):
        assert graph.may_name_variant(text)
    graph.variant_of.cache_clear()
    fast = graph.variant_of(text)
    plain = graph.variant_of.__wrapped__(text) if graph._ANY_VARIANT.search(text) else frozenset()
    assert fast == plain


def test_the_variant_prefilter_rules_out_sentences_without_its_words():
    from factcheck.relations import graph

    assert not graph.may_name_variant("Exports rose 5.2 percent in 2023, the ministry said.")
    assert graph.may_name_variant("Sales, SA, rose.") and graph.may_name_variant("in dollar terms")
    assert graph.may_name_variant("the \u212aSA figure") and not graph.may_name_variant("imports_SA")


# --- the first-character gate of lazily compiled patterns (patterns.gated) ---
import gc as _gc  # noqa: E402

from factcheck.extract import periods as _periods  # noqa: E402
from factcheck.extract.patterns import LazyPattern, gated  # noqa: E402


def _lazy_patterns() -> dict:
    """Every LazyPattern the grammar defines (its modules imported), by pattern and flags."""
    import importlib
    import pkgutil

    import factcheck.extract as package

    for info in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"factcheck.extract.{info.name}")
    found = {(p.pattern, p.flags): p for p in _gc.get_objects() if isinstance(p, LazyPattern)}
    assert len(found) > 150
    return found


_LAZY = _lazy_patterns()
_GATED = sorted(k for k in _LAZY if gated(*k))
_GATE_TEXT = ("the same period of the previous year Jan January FY2023-24 Q1 H2 first half fiscal year 2019 "
              "2020-21 end-March mid-2022 y/y m/m so far ago 1Q22 12 ſame \u212a İ ı (RE) SA % $ € , . - – 1.5 "
              "Rs 4 crore in dollar terms rose fell million billion per cent percentage points since until by")
gate_texts = glued(_GATE_TEXT.split(" "), [" ", "", "-", ",", ".", "(", "\u00a0", "é", "1", "’", "'"], max_size=14)


def _same_matches(a: re.Pattern, b: re.Pattern, text: str) -> None:
    assert [(m.span(), m.groups()) for m in a.finditer(text)] == [(m.span(), m.groups()) for m in b.finditer(text)]


@PROPERTY
@given(st.sampled_from(_GATED), st.one_of(texts, gate_texts))
@example((r"(?:the\s+)?(?:same|corresponding)\s+period", re.I), "in the ſame period")  # re.I folds 'ſ' to 's'
def test_a_gated_pattern_finds_what_the_pattern_finds(key, text):
    pattern, flags = key
    _same_matches(re.compile(gated(pattern, flags), flags), re.compile(pattern, flags), text)


def test_gated_patterns_agree_with_their_plain_forms_on_the_corpus():
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    lines = [line for d in ("corpus/dev", "tests/data/extract") for p in sorted((root / d).rglob("*.txt"))
             for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    rules = {(p.pattern, p.flags) for p, *_ in _periods.grammar._BOOK.rules}
    for key in _GATED:
        if key not in rules and hash(key) % 4:  # every rule of time; a quarter of the others (time)
            continue
        fast, plain = re.compile(gated(*key), key[1]), re.compile(*key)
        for line in lines:
            _same_matches(fast, plain, line)


def test_the_gate_states_the_first_characters_of_a_match():
    assert gated(r"\b(?:the\s+)?(?:same|like)\s+period", re.I) == r"(?=[tsl])(?:\b(?:the\s+)?(?:same|like)\s+period)"
    assert gated(r"(?<![\d.])(?:Q[1-4]|\d{4})") == r"(?=[Q\d])(?:(?<![\d.])(?:Q[1-4]|\d{4}))"
    # a part read case-insensitively in a pattern that is not: the class is too
    assert gated(r"\b(?i:fy)\d") == r"(?=(?i:[f]))(?:\b(?i:fy)\d)"
    assert re.compile(gated(r"\b(?i:fy)\d")).search("in FY2") is not None


def test_no_gate_where_a_match_may_be_empty_or_begin_anywhere():
    assert gated(r"(?:in\s+)?") is None  # an empty match would be lost
    assert gated(r"\w+ly") is None and gated(r".{2}x") is None and gated(r"[^,]+,") is None
    assert gated(r"(?i)same") is None  # flags at the start cannot move inside a group
    assert gated(r"(?a:\d)x") is None  # a class that reads otherwise inside the group


def test_a_lazy_pattern_scans_gated_and_matches_as_written():
    p = LazyPattern(r"\b(?:the\s+)?same\s+period", re.I)
    assert p.search("over the same period").span() == (5, 20)
    assert p.match("the same period") and p.match("xthe same period") is None
    assert p.search.__self__.pattern == gated(p.pattern, p.flags)
    assert p.match.__self__.pattern == p.pattern


# --- the lookahead for the three characters a match opens with (patterns.with_opening) ---
from factcheck.firstchars import opening as _opening  # noqa: E402
from factcheck.extract.patterns import with_opening  # noqa: E402

_OPENED = [(p.pattern, p.flags) for p, *_ in _periods.grammar._BOOK.rules if p.pattern.startswith("(?=(")]
_OPENING_PATTERNS = [*_OPENED, (r"\b(?:the\s+)?(?:same|like)\s+period", re.I), (r"(?<![\d.])(?:Q[1-4]|\d{4})x?", 0),
                     (r"\b(?i:fy)\d", 0), (r"(?:a|an)\s+(?:-?\d)+|(?-i:ab)c?", re.I), (r"ſ?(?:ab)?c", re.I)]


def _unopened(pattern: str) -> str:
    """A pattern with_opening wrote, without its lookahead."""
    return pattern[pattern.index(")(?:", 3) + 4: -1] if pattern.startswith("(?=(") else pattern


@PROPERTY
@given(st.sampled_from(_OPENING_PATTERNS), st.one_of(texts, gate_texts))
@example((r"\b(?:the\s+)?(?:same|like)\s+period", re.I), "THE ſAME PERIOD, unlike period")
def test_a_pattern_behind_its_opening_finds_what_the_pattern_finds(key, text):
    pattern, flags = key
    plain = _unopened(pattern)
    _same_matches(re.compile(with_opening(plain, flags), flags), re.compile(plain, flags), text)


def test_the_rules_behind_their_openings_read_the_corpus_as_before():
    from pathlib import Path

    assert len(_OPENED) == 2  # the anaphora ('the same period', "2019's") and the bare year
    root = Path(__file__).resolve().parent.parent
    lines = [line for d in ("corpus/dev", "tests/data/extract") for p in sorted((root / d).rglob("*.txt"))
             for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    for pattern, flags in _OPENED:
        fast, plain = re.compile(pattern, flags), re.compile(_unopened(pattern), flags)
        for line in lines:
            _same_matches(fast, plain, line)


def test_the_opening_of_a_pattern():
    assert _opening(r"\b(?:the\s+)?(?:same|like)\s+period", re.I) == "(?:lik|sam|the)"
    assert _opening(r"\b(?i:fy)\d") == "(?i:f)(?i:y)[\\d]"  # a part read ignoring case is read so
    assert _opening(r"(?:a|an)\s+\d") == "a(?:[\\s]|n[\\s])"
    assert _opening(r"ab?") == "a"  # a match may be one character long: that is its opening
    assert _opening(r"\d+\s+x") is None  # after a repeat, nothing more is known: one character tells no more
    assert _opening(r"(?:x)?y*") is None  # a match may be empty
    assert _opening(r"(?:" + "|".join(f"w{i:02d}" for i in range(60)) + ")") is None  # too many to be worth a lookahead


# --- the gate's class told to the engine as the pattern's first characters (patterns.first_chars) ---
import _sre  # noqa: E402

from factcheck.extract.patterns import first_chars  # noqa: E402


def _told(pattern: str, flags: int) -> re.Pattern:
    gate = gated(pattern, flags)
    return _sre.compile(gate, *first_chars(gate, flags))


_TOLD = [k for k in _GATED if first_chars(gated(*k), k[1])]


@PROPERTY
@given(st.sampled_from(_TOLD), st.one_of(texts, gate_texts))
@example((r"(?:the\s+)?(?:same|corresponding)\s+period", re.I), "in the ſame period")
def test_a_pattern_told_its_first_characters_finds_what_the_pattern_finds(key, text):
    _same_matches(_told(*key), re.compile(*key), text)


def test_first_characters_hold_the_other_case_and_the_folds_to_ascii():
    assert len(_TOLD) > 0.8 * len(_GATED)  # nearly every gate is a plain class
    assert _told(r"\bsame\s+period", re.I).search("the ſame PERIOD").span() == (4, 15)
    assert _told(r"\b(?i:k)m\b", 0).findall("5 km, 6 Km, 7 \u212am, 8 mm") == ["km", "Km", "\u212am"]
    assert _told(r"(?<![\d.])(?:Q[1-4]|\d{4})", 0).findall("Q1 q2 ٢٠٢٤ 2024") == ["Q1", "٢٠٢٤", "2024"]
    assert _told(r"[\]\\x]y", 0).findall("]y \\y xy ay") == ["]y", "\\y", "xy"]
    assert _told(r"\(\s*in millions\)", re.I).findall("x (in Millions) (in thousands)") == ["(in Millions)"]  # one character


def test_no_first_characters_for_a_gate_of_another_shape():
    assert first_chars(r"(?=[éx])(?:[éx]y)", re.I) is None  # a letter beyond ASCII, ignoring case
    assert first_chars(r"(?=\d)\d+", 0) is None  # not a gate `gated` wrote


def test_a_lazy_pattern_scans_with_its_first_characters():
    p = LazyPattern(r"\b(?:the\s+)?same\s+period", re.I)
    assert p.search("over the ſame period").span() == (5, 20)
    assert p.search.__self__ == _told(p.pattern, p.flags) != re.compile(gated(p.pattern, p.flags), p.flags)


# --- a signed sum's range found at two corners (relations.interval.Linear) ---
from factcheck.relations.interval import Interval, Linear, image  # noqa: E402

_ENDS = st.one_of(st.floats(min_value=-1e12, max_value=1e12, allow_nan=False),
                  st.sampled_from([0.0, -0.0, 1.0, -1.0, 0.05, 2.1955e9, 18.4, 1e-9]))
boxes = st.lists(st.tuples(_ENDS, _ENDS).map(lambda e: Interval(min(e), max(e))), min_size=1, max_size=10)


def _every_corner(fn, bs):
    return image(lambda v: fn(v), bs)  # a plain function: image tries all 2ⁿ corners


@PROPERTY
@given(boxes, st.data())
@example([Interval(-0.0, 0.0), Interval(0.0, 0.0)], None)
def test_a_linear_image_is_the_image_at_every_corner(bs, data):
    coefficients = tuple(data.draw(st.sampled_from([1, -1])) for _ in bs) if data else (1,) * len(bs)
    scale = data.draw(st.sampled_from([None, 1, -1])) if data else None
    fn = Linear(coefficients, scale)
    fast, slow = image(fn, bs), _every_corner(fn, bs)
    assert (fast.lo, fast.hi) == (slow.lo, slow.hi)
    assert [math.copysign(1, x) for x in (fast.lo, fast.hi)] == [math.copysign(1, x) for x in (slow.lo, slow.hi)]
    assert fn([b.lo for b in bs]) == sum(x * c for x, c in zip([b.lo for b in bs], coefficients)) * (scale or 1)
    if not any(c < 0 for c in coefficients) and scale is None:
        plain = image(sum, bs)
        assert (plain.lo, plain.hi) == (slow.lo, slow.hi)


def test_an_open_ended_sum_is_left_to_the_corners():
    more = Interval(5.0, math.inf)
    assert image(Linear((1, -1)), [more, Interval(1.0, 2.0)]) == Interval(3.0, math.inf)
    assert image(Linear((1, -1)), [more, more]) is None  # infinity less infinity


# --- the verb slot's tokens read from the end of the text (grammar._last_tokens) ---
from factcheck.extract import grammar as _grammar  # noqa: E402

slot_texts = glued(["Exports", "rose", "sharply", "by", "about", "to", "ticked", "up", "were", "estimated", "at", "US$",
                    "1.2", "'s", "’", "-", "year-on-year", "a", "of", "\u2009", "é"],
                   [" ", "", "  ", "\t", "\n", "\u00a0", ",", "(", "1"], max_size=40)


@PROPERTY
@given(st.one_of(texts, slot_texts))
@example("x" * 59 + " a b c d e f g ")
@example("y" * 70 + " rose by")  # too few tokens at the end: all of them
def test_the_last_tokens_are_the_texts_own(text):
    every = [(m.span(), m.group(0)) for m in _grammar._TOKEN.finditer(text)]
    last = [(m.span(), m.group(0)) for m in _grammar._last_tokens(text)]
    assert last == every[len(every) - len(last):]
    assert len(last) >= min(len(every), _grammar._SLOT_REACH)


def test_a_gate_may_name_white_space():
    assert gated(r"\s+(?:in|for)\s+\d{4}$") == r"(?=[\s])(?:\s+(?:in|for)\s+\d{4}$)"


# --- a metric's other names, asked only where their longest word is (matching._phrases) ---
from factcheck.matching.metrics import _phrases as _metric_phrases  # noqa: E402

_PHRASE_WORDS = sorted({w for first, p, _ in _metric_phrases() for w in p.pattern.replace("\\b", " ").replace(
    "\\s+", " ").replace("\\", "").split()})
phrase_texts = glued(_PHRASE_WORDS + ["of", "the", "rate", "growth", "x"], [" ", "  ", "", "-", "\t", ",", "é"], max_size=10)


@PROPERTY
@given(phrase_texts)
def test_a_metric_phrase_holds_its_longest_word(text):
    t = text.lower()
    for word, pattern, _ in _metric_phrases():
        if pattern.search(t):
            assert word in t


# --- pint's conversions by a kept factor (units.convert, unitcache.py) ---
import sys  # noqa: E402

import pytest  # noqa: E402

from factcheck import unitcache as _unitcache  # noqa: E402
from factcheck.extract import units as _units  # noqa: E402

_UNIT_CODES = sorted(_units._KNOWN_DIMENSIONS) + [
    "troy_ounce", "ounce", "carat", "acre", "hectare", "liter", "gallon", "barrel", "kelvin", "knot",
    "nautical_mile", "short_ton", "megajoule", "USD", "EUR", "percent", "count", "year", "no_such_unit"]


@PROPERTY
@given(st.sampled_from(_UNIT_CODES), st.sampled_from(_UNIT_CODES),
       st.one_of(st.floats(allow_nan=False, allow_infinity=False), st.integers(-10**9, 10**9)))
@example("troy_ounce", "kilogram", 1.0)
@example("degree_Celsius", "degree_Fahrenheit", 0.0)  # an offset: no factor, pint every time
@example("degree_Fahrenheit", "degree_Celsius", 451.0)
def test_a_conversion_by_its_factor_is_pints_own(a, b, value):
    got = _units.convert(value, a, b)
    if a == b or _units.dimension(a) != _units.dimension(b) or _units.dimension(a).startswith("[currency") \
            or {a, b} <= {"year", "month", "day"}:
        return  # answered before pint is asked (the same code as before)
    assert repr(got) == repr(_units._pint_convert(value, a, b))  # the same float, to the last bit


def test_kept_answers_come_back_from_the_file_without_pint(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    path = str(tmp_path / "units.marshal")
    pairs = [("troy_ounce", "kilogram"), ("acre", "hectare"), ("degree_Celsius", "degree_Fahrenheit"),
             ("carat", "liter"), ("no_such_unit", "meter")]
    _unitcache.uninstall()
    try:
        assert _unitcache.install(path)
        first = [(_units.dimension(a), _units.convert(12.5, a, b)) for a, b in pairs]
        assert _unitcache.save()
        _unitcache.uninstall()
        assert _unitcache.install(path)
        asked = []
        real = _units._pint_convert
        monkeypatch.setattr(_units, "_pint_convert", lambda *args: asked.append(args) or real(*args))
        monkeypatch.setattr(_units, "_pint_dimension", lambda code: pytest.fail(f"pint asked for {code}"))
        again = [(_units.dimension(a), _units.convert(12.5, a, b)) for a, b in pairs]
        assert again == first
        assert first[0] == ("[mass]", 12.5 * 0.03110347680000001)
        # only the conversion with an offset goes to pint again
        assert [args[1:] for args in asked] == [("degree_Celsius", "degree_Fahrenheit")]
    finally:
        _unitcache.uninstall()


def test_a_stale_or_damaged_unit_file_only_means_asking_pint(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    path = tmp_path / "units.marshal"
    _unitcache.uninstall()
    try:
        import marshal
        path.write_bytes(marshal.dumps((("another", "engine"), {("factor", "troy_ounce", "kilogram"): 2.0})))
        assert _unitcache.install(str(path))
        assert _units.convert(1.0, "troy_ounce", "kilogram") == 0.03110347680000001
        _unitcache.uninstall()
        path.write_bytes(b"\x00garbage")
        assert _unitcache.install(str(path))
        assert _units.convert(1.0, "troy_ounce", "kilogram") == 0.03110347680000001
    finally:
        _unitcache.uninstall()


# --- a currency's name read by one pattern (numbers.currency_from_name) ---

_NAME_WORDS = sorted({w for p, _ in _numbers.CURRENCY_NAMES for w in re.findall(r"[A-Za-z$.]+", p)
                      if w not in ("s", "i", "n")})
name_texts = glued(_NAME_WORDS + ["dinar", "Dollar", "DOLLARS", "x"], [" ", "  ", "", "\t", "-", "."], max_size=4)


def _one_by_one(name: str) -> str:
    """The loop currency_from_name replaced: each name's pattern tried in turn."""
    for p, code in _numbers.CURRENCY_NAMES:
        if re.fullmatch(p, name, re.I):
            return code
    return "USD"


@PROPERTY
@given(name_texts)
@example("Kuwaiti dinars")
@example("dinars")  # a shared name alone: its family, after every qualified name
@example("BOB")
@example("bob")  # (?-i:BOB): only in capitals
def test_one_pattern_reads_a_currency_name_as_the_names_one_by_one(text):
    if text.strip() in _numbers.ISO_CODES or text.strip() in _numbers.CURRENCY_PREFIXES:
        return  # answered before the names are tried
    assert _numbers.currency_from_name(text) == _one_by_one(text.strip())


@PROPERTY
@given(st.sampled_from(_numbers.CURRENCY_NAMES).flatmap(
    lambda name: st.from_regex(re.compile(name[0], re.I), fullmatch=True)))
def test_every_currency_names_own_texts_are_read_as_one_by_one(text):
    if text.strip() in _numbers.ISO_CODES or text.strip() in _numbers.CURRENCY_PREFIXES:
        return
    assert _numbers.currency_from_name(text) == _one_by_one(text.strip())


# --- currency prefixes and ISO codes as alternations grouped by first character ---
from factcheck.extract import currency_marks as _currency_marks, mentions as _mentions  # noqa: E402

_PLAIN_PREFIX = "|".join(re.escape(k) for k in sorted(_numbers.CURRENCY_PREFIXES, key=len, reverse=True)
                         if k not in _numbers.GLUED_PREFIXES)
_PLAIN_GLUED = "|".join(re.escape(k) for k in sorted(sorted(_numbers.GLUED_PREFIXES), key=len, reverse=True))
_PLAIN_CODES = "|".join(sorted(_numbers.ISO_CODES))
_PREFIXES = sorted(_numbers.CURRENCY_PREFIXES) + sorted(_numbers.GLUED_PREFIXES)
prefix_texts = glued(_PREFIXES + ["US", "R", "A", "a", "rs", "S", "$"], [" ", "", "1", "2.5", "-", "(", "x"], max_size=6)


@PROPERTY
@given(prefix_texts)
@example("US$")
@example("A$ ")
def test_grouped_currency_prefixes_find_what_the_plain_ones_found(text):
    plain = re.compile(_currency_marks._CURRENCY_BEFORE.pattern.replace(_numbers.CURRENCY_PREFIX, _PLAIN_PREFIX)
                       .replace(_numbers.GLUED_CURRENCY_PREFIX, _PLAIN_GLUED), _currency_marks._CURRENCY_BEFORE.flags)
    assert plain.pattern != _currency_marks._CURRENCY_BEFORE.pattern
    for start in range(len(text) + 1):
        a, b = plain.search(text, start), _currency_marks._CURRENCY_BEFORE.search(text, start)
        assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))


code_texts = glued(sorted(_numbers.ISO_CODES)[:60] + ["usd", "US", "dollars", "of", "per cent", "%", "bn"],
                   [" ", "", "-", "\t", "5", "x"], max_size=6)


@PROPERTY
@given(code_texts)
@example(" USD")
@example(" EURO")
def test_grouped_iso_codes_read_a_tail_as_the_plain_ones(text):
    tail = _numbers.TAIL
    plain = re.compile(tail.pattern.replace(_numbers.ISO_CODE_ALT, _PLAIN_CODES), tail.flags)
    assert plain.pattern != tail.pattern
    for pos in range(len(text) + 1):
        a, b = plain.match(text, pos), tail.match(text, pos)
        assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))


# Patterns anchored at the end of a text, searched only where the text ends in one of
# their last words (patterns.EndsWith). Each is checked on text made of its own words, so
# that the texts it matches come up: a last word left out of the gate would show.
def _end_gated():
    from factcheck.extract import context, grammar, metrics, periods
    from factcheck.relations.rules import share
    return [grammar._GROWTH_THEN_TO, grammar._AT_A_RATE, context._AUXILIARY_END, qualifiers._NOUN_OF,
            metrics._WORTH, periods.bases._BASE_OF_FIGURE, context._DETERMINER_END, metrics._PREMODIFIER,
            share._SHARE_VERB]


def _pattern_words(gated) -> list:
    source = getattr(gated.pattern, "pattern", "")
    return sorted(set(re.findall(r"[A-Za-z]{2,}", source)) - {"s", "d", "w"})


_END_GLUE = [" ", "  ", "\t", "\n", " \n", ",", ", ", "-", "5.2%", " 12 ", "\u00a0", "ſ", "é", "ly", "ing"]


@settings(max_examples=120, deadline=None, derandomize=True)  # each example tries every gated pattern
@given(st.data())
@example(None)
def test_end_gated_patterns_search_as_the_patterns_themselves(data):
    for end_gated in _end_gated():
        if data is None:  # the phrases the gates were written for, each gate on each
            samples = ["Afghanistan exported goods totaling ", "exports rose 5.2 percent year-on-year to ",
                       "grew at an annual rate of ", "revenues, expected to  ", "a rise of about\n", "was up from the level in the ",
                       "exports reached the ", "China accounted for about ", "accounting for an ", "occupying ",
                       "which was just under ", "contributes more than ", "or\t", "made up the remaining "]
        else:
            words = _pattern_words(end_gated) + ["Exports", "goods", "TO", "Of", "exported", "the", "x"]
            samples = [data.draw(glued(words, _END_GLUE, max_size=14)), data.draw(texts)]
        for text in samples:
            assert _span(end_gated.search(text)) == _span(end_gated.pattern.search(text)), (end_gated.pattern, text)
            if data is not None:
                pos = data.draw(st.integers(min_value=-2, max_value=len(text) + 2))
                end = data.draw(st.integers(min_value=0, max_value=len(text) + 2))
                assert _span(end_gated.search(text, pos, end)) == _span(end_gated.pattern.search(text, pos, end)), (text, pos, end)


@PROPERTY
@given(st.one_of(texts, glued(["—", "–", ":", "-", " ", "\n", "\t", "\u00a0", "\u2009", "x", "Ab", "\x1c"], [""])))
@example("Exports -\n")
@example("")
def test_opens_at_answers_as_its_pattern(text):
    from factcheck.extract import metric_tidy
    assert metric_tidy._opens_at(text) == (metric_tidy._OPENS_AT.search(text) is not None)


def test_starts_with_letter_is_the_pattern_it_replaced():
    from factcheck.extract import grammar
    for token in ["Exports", "exports", "1.5", "$", "", "É", "ſ", "_x", "-", "Z9", "\u212a"]:
        assert grammar._starts_with_letter(token) == bool(re.match(r"[A-Za-z]", token)), token


def _span(m):
    return m.span() if m else None


# --- the number grammar's own gate: the words a number opens with (mentions._WORD_STARTS) ---

_CORE_UNGATED = re.compile(_mentions.CORE.pattern[_mentions.CORE.pattern.index("))(?:") + 2:], re.I)
core_texts = glued(["the", "They", "three", "Thirty-one", "thousand", "has", "half", "HALF", "on", "one", "Only", "a",
                    "a quarter", "second", "several", "for", "forty", "fourth", "2", "1.5", ".5", "O.5", "ſeven", "ten",
                    "tenth", "twice", "zero", "fold", "3-fold", "1 in 4", "¾", "percent", "eleventh", "this",
                    "A", "a-", "new", "third", "thirds", "hundred", "million", "Billion", "fourteen", "sixty", "\t"],
                   [" ", "", "-", ",", ".", "\u00a0"], max_size=10)


@PROPERTY
@given(st.one_of(texts, core_texts))
@example("they had three-quarters of the thirty-first half")
@example("on the one hand, ſix of them")
def test_the_number_grammar_finds_what_it_finds_without_its_gate(text):
    _same_matches(_mentions.CORE.compiled(), _CORE_UNGATED, text)
    assert [m.span() for m in _mentions.CORE.finditer(text)] == [m.span() for m in _CORE_UNGATED.finditer(text)]


def test_the_number_grammar_gate_lets_in_whole_number_words_only():
    """Three letters let in "for", "this" and every article "a" to try the whole grammar there."""
    gate = re.compile(_mentions.CORE.pattern[: _mentions.CORE.pattern.index("))(?:") + 2], re.I)
    for text in ["for the", "this year", "thing", "a new", "a year", "A few", "one"[:2], "hall"]:
        assert gate.match(text) is None, text
    for text in ["forty", "Fourteen", "a quarter", "a-third", "a  hundred", "A million", "thirteenth", "one", "half"]:
        assert gate.match(text) is not None, text


def test_compared_before_answers_as_its_pattern_and_keeps_the_answer():
    # a figure's time, role and neighbours ask it of the same 40 characters: asked once
    _frame.compared_before.cache_clear()
    for tail in ("rose 0.5 percent after rising ", "up from ", "compared with the same period of ", "reached "):
        assert _frame.compared_before(tail) == (_frame.COMPARED_BEFORE.search(tail) is not None)
        assert _frame.compared_before(tail) == (_frame.COMPARED_BEFORE.search(tail) is not None)
    assert _frame.compared_before.cache_info().hits == 4


# --- a bracketed change after its base (roles._compared_then_bracket) ---
from factcheck.extract import roles as _roles  # noqa: E402

bracket_texts = glued(["rose", "a decline", "compared to", "Compared with", "in comparison with", "relative to", "as ",
                       "2022", "1999 ", "(", "( by ", "(about ", ")", ".", ";", ":", "5", "previous years", "COMPARED TO",
                       "compareD", "ſome"], [" ", "", ",", "\t", "é"], max_size=14)


@PROPERTY
@given(st.one_of(texts, bracket_texts), st.integers(min_value=0, max_value=200))
@example("Sales rose the most compared to 2011 (by ", 41)
@example("x. a decline compared with 2022 (", 33)
@example("(a decline compared with 2022 (", 31)
def test_a_bracket_after_its_base_is_found_where_the_pattern_finds_it(text, at):
    at = min(at, len(text))
    plain = _roles._COMPARED_THEN_BRACKET.search(text, max(0, at - 150), at)
    assert _span(_roles._compared_then_bracket(text, at)) == _span(plain), (text, at)


# --- an end gate past trailing white space (patterns.EndsWith) ---
from factcheck.extract.patterns import ends_with as _ends_with  # noqa: E402


@PROPERTY
@given(glued(["reached the", "rose to", "the", "x", "é", "ſ"], [" ", "\t", "\n", "\u00a0", "\u2009", " " * 30, ""]),
       st.integers(min_value=-3, max_value=90), st.integers(min_value=0, max_value=90))
@example("exports reached the" + " " * 40, 0, 200)
@example(" \t\n", 1, 2)
def test_an_end_gate_reads_past_any_run_of_trailing_white_space(text, pos, end):
    # EndsWith.may_match strips the trailing white space in one call: the plain pattern decides alike
    gated = _ends_with(re.compile(r"\b(?:reached|rose\s+to)\s+(?:the\s+)?$", re.I), ("reached", "to", "the"))
    assert _span(gated.search(text, pos, end)) == _span(gated.pattern.search(text, pos, end)), (text, pos, end)


# --- answers kept per name and per article (numbers.currency_from_name, SharedCurrencies) ---
from factcheck.extract import conventions as _conventions  # noqa: E402


def test_a_currency_name_is_read_once_and_kept_as_read():
    # name_code asks it again for every figure a name is read beside
    _numbers.currency_from_name.cache_clear()
    for name in ("kina", "US dollars", " Japanese yen ", "EUR", "€", "dinars", "widgets", "bob", "BOB"):
        first = _numbers.currency_from_name(name)
        assert first == _numbers.currency_from_name.__wrapped__(name), name
        assert _numbers.currency_from_name(name) == first, name
    assert _numbers.currency_from_name.cache_info().hits == 9


def test_the_currencies_a_text_prints_are_read_once_per_article():
    text = ("The kwacha weakened. Finance Minister unveiled a K106.0 billion budget, with K2.1 billion "
            "for roads and K900 million for schools; the kina and the Malawian kwacha were flat.")
    shared = _conventions.SharedCurrencies(text)
    assert shared._printed == _conventions._printed_currencies(text)
    calls = []
    real = _conventions._printed_currencies
    try:
        _conventions._printed_currencies = lambda t: calls.append(t) or real(t)
        answers = [shared.of_amount("kwacha") for _ in range(3)]
        fresh = _conventions.SharedCurrencies(text)
        assert [fresh.of_amount("kwacha") for _ in range(3)] == answers
    finally:
        _conventions._printed_currencies = real
    assert len(calls) <= 1  # (none where a country named decides the family first)
