"""Words the relations engine reads metrics with, as data: which series compose by
definition (trade = exports + imports, balance = exports − imports), which words only
say "how much" or "of which kind of total" and which tell two series apart, which
measures are additive flows. A new composition or flow is a one-line change here."""

from __future__ import annotations

import re

from factcheck.extract import lexicon

#: Concepts of the trade identities, by the metric words that name them (lemmas, as
#: matching.words gives them).
CONCEPT_WORDS = {
    "export": {"export", "shipment", "outbound", "exported", "credit"},  # credits: exports in a balance of payments
    "import": {"import", "imported", "inbound", "debit"},
    "trade": {"trade", "turnover", "trading"},
    "surplus": {"surplus"},
    "deficit": {"deficit", "shortfall", "gap"},  # "the trade gap": the deficit
    "balance": {"balance"},
    "revenue": {"revenue", "receipt", "income", "intake"},
    "spending": {"spending", "expenditure", "outlay", "outgo"},
}
#: total = Σ sign × part, by definition (a concept may compose in more than one way: a
#: trade deficit of exports and imports, a budget deficit of spending and revenue).
COMPOSITIONS = (
    ("trade", (("export", 1), ("import", 1))),
    ("surplus", (("export", 1), ("import", -1))),
    ("deficit", (("import", 1), ("export", -1))),
    ("balance", (("export", 1), ("import", -1))),
    ("surplus", (("revenue", 1), ("spending", -1))),
    ("deficit", (("spending", 1), ("revenue", -1))),
    ("balance", (("revenue", 1), ("spending", -1))),
)
#: The same identities with one side eliminated, for texts that state the total, the
#: balance and one side only ("trade of 2.1 trillion, a surplus of 1.62 trillion, imports
#: of 473.93 billion": trade = surplus + 2 × imports). (total, parts, the side eliminated);
#: used only when the text states no figure of that side.
DERIVED_COMPOSITIONS = (
    ("trade", (("surplus", 1), ("import", 2)), "export"),
    ("trade", (("export", 2), ("surplus", -1)), "import"),
    ("trade", (("balance", 1), ("import", 2)), "export"),
    ("trade", (("export", 2), ("balance", -1)), "import"),
    ("trade", (("import", 2), ("deficit", -1)), "export"),
    ("trade", (("export", 2), ("deficit", 1)), "import"),
)
#: Modifiers that name another's series in other words: the "visible trade deficit" is
#: the balance of goods, the "invisible" one that of services.
MODIFIER_SYNONYMS = {"visible": "good", "invisible": "service"}
#: Modifiers a trade figure has by default: customs "exports" are exports of goods.
DEFAULT_MODIFIERS = frozenset({"good", "merchandise", "commodity"})
#: Words that say how much of a series, not which: "the trade volume", "the number of
#: visitors", "a record monthly surplus".
GENERIC_WORDS = frozenset({
    "value", "volume", "amount", "figure", "level", "number", "record", "new", "all", "time", "thus",
    "unit", "piece", "item",  # "717,000 units": what is counted is elsewhere
    "operation",  # "export operations", as translated texts name exports
    "monthly", "annual", "yearly", "quarterly", "stood", "only", "also", "just", "alone", "some",
    # time words name the period, which the frame keeps apart: "January exports" are exports
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "year", "month", "quarter", "week", "day", "period", "fiscal", "fy", "h1", "h2", "q1", "q2", "q3",
    "q4", "first", "second", "third", "fourth", "half", "cumulative", "cumulatively", "ytd",
    # words that place a figure in time against another, which the period says: "last
    # fiscal year's trade deficit", "the year-ago exports", "the corresponding period's imports"
    "last", "ago", "corresponding", "preceding",
    # words that judge a figure, not which series it is: "ended the year strong with 32 transshipments"
    "strong", "weak", "robust", "solid", "healthy", "sluggish", "impressive", "modest", "significant",
    "substantial", "sharp", "slight", "considerable", "remarkable", "notable", "huge", "massive",
    # a word that says all of a series, as "total" and "overall" do: "the entire trade" is
    # trade ("whole" not: "10 percent of whole import" names a share's whole, not its part)
    "entire",
    # a word that names a series' sum, as the matching vocabulary's neutral words do: "the
    # import bill" is imports, "the oil import bill" oil imports, "the year's tally" the figure
    "bill", "tally", "accumulated",
    # a scale word a metric phrase ran back over ("billion. The aggregate revenues"): no series
    "thousand", "million", "billion", "trillion", "bn", "mn", "tn", "crore", "lakh",
})
#: Words that compare a figure with another, which a frame may take for its name when the
#: figure is a comparison base named by a generic noun ("compared to the amount recorded in
#: Q3", "in comparison with the value of"): they say against what, never which series.
#: ("against" stays a word of the name: "FDI firms raked in $45.9 billion from exports,
#: against imports of $36.5 billion" names the firms' imports, which the frame does not
#: tell apart from all imports but by that word.)
COMPARISON_WORDS = frozenset({"compared", "comparison", "versus", "vs", "relative", "vis"})
#: Words that only say which total trade is, in the trade identities: "foreign trade",
#: "bilateral trade", "two-way trade" are exports plus imports all the same.
TRADE_GENERIC_WORDS = frozenset({"foreign", "external", "bilateral", "two", "way", "two-way", "country",
                                 "nation"})
#: Words that say how a trade flow is valued, not which flow it is: "exports (FOB)" and
#: "imports (CIF)" are the sides of the trade balance all the same.
VALUATION_WORDS = frozenset({"fob", "cif"})
#: Words that say a trade figure is with all partners ("the trade surplus with the world",
#: "the international trade deficit"): dropped from the trade concepts only, since
#: "international visitors" are a part of all visitors.
ALL_PARTNER_WORDS = frozenset({"international", "world", "global", "overall"})
#: Words that order two figures of one series, the first against the second: +1 when
#: they say the first is the larger ("$4.2 billion, higher than the $3.9 billion of June",
#: "2.1 million, up from 1.8 million"), −1 when the smaller.
ORDER_WORDS = {"higher": 1, "greater": 1, "larger": 1, "bigger": 1, "up": 1,
               "lower": -1, "smaller": -1, "down": -1}
#: Words that say two figures of a series differ in sign, so their printed sizes are not
#: ordered as the series is: "from a surplus of $2 billion to a deficit of $1 billion".
SIGN_WORDS = frozenset({"surplus", "surpluses", "deficit", "deficits", "negative", "positive", "loss", "losses",
                        "profit", "profits", "minus", "plus", "red", "black"})
#: Words that give a balance its sign, not another series: "a negative trade balance" is the
#: trade balance below zero.
# ("a passive balance of foreign trade", "an active trade balance": the terms of the
# statistics offices of central and eastern Europe and central Asia for a deficit and a surplus)
BALANCE_SIGN_WORDS = frozenset({"negative", "positive", "passive", "active"})
#: Words that make a percentage a change of the series it names.
CHANGE_WORDS = frozenset({"growth", "decline", "rise", "increase", "fall", "drop", "change", "gain",
                          "decrease", "jump", "surge", "contraction", "expansion"})
#: Words naming a ratio of two amounts (a price is money per quantity, an average a total
#: per item): a growth of such a series is never the change of the amounts themselves.
RATIO_SERIES_WORDS = frozenset({"price", "average"})
#: Nouns of those who act, as counts print them (series words, singular): "17 companies earned
#: a profit", "employed 15,100 persons": the verb, not the noun, says which of them.
AGENT_NOUNS = frozenset({"person", "people", "individual", "company", "firm", "enterprise", "businesse", "business",
                         "country", "household", "employee", "worker", "member", "bank", "institution", "entity",
                         "organisation", "organization", "municipality"})
#: Words naming a figure per item of a group (an average, a median): the men's median wage
#: may exceed the median of all, so such figures are never parts bounded by a whole.
PER_ITEM_WORDS = frozenset({"average", "median", "mean", "capita"})
#: Head nouns of additive flows: a sub-period's figure never exceeds the period's (a list
#: the extractor shares: a flow "by July" is summed from January, lexicon/metric_words.yaml).
FLOW_HEADS = frozenset(lexicon.load("metric_words")["flow_heads"])
#: Heads that may be negative or net: never parts of a sum by the inequality rules.
NET_HEADS = frozenset({"balance", "surplus", "deficit", "profit", "loss", "income", "net", "change",
                       "difference", "gap", "margin", "growth", "decline"})
#: What introduces a share right after its part: "6.98 trillion yuan, accounting for 15.9
#: percent of the total" (regular expressions, one per phrasing).
SHARE_VERBS = (
    r"accounting\s+for", r"accounted\s+for", r"accounts?\s+for", r"making\s+up", r"made\s+up", r"makes?\s+up",
    r"taking\s+up", r"took\s+up", r"takes?\s+up", r"representing", r"represented", r"represents?",
    r"or", r"which\s+is", r"which\s+was", r"which\s+equall?(?:s|ed)", r"constituting", r"constituted", r"comprising", r"equivalent\s+to", r"(?:an?\s+)?equivalent\s+of",
    r"equal\s+to", r"a\s+share\s+of", r"amounting\s+to", r"occup(?:y|ies|ied|ying)", r"comprised?",
    r"contribut(?:ing|ed|es?)",  # "contributing 46.7 percent of arrivals"
)
#: The finite verbs that say a figure is made of what follows; they also open a sentence that
#: lists what the figure before it holds ("This includes ...", "They consist of ...").
INCLUDE_VERBS = (r"includ(?:e|es|ed)", r"compris(?:e|es|ed)", r"consist(?:s|ed)?\s+of")
#: What opens the list of what the figure before it is made of ("a turnover of 1.6 billion,
#: out of which 509 million …", "the ten largest banks include five local banks"): the
#: items after it are parts of that figure, never its whole (breakdown), and a share among
#: them is a share of it (share rule).
#: Words that make a figure the remainder of a list, not its whole: "other countries
#: accounted for 289 thousand", "the rest of the world" (partners, layout).
REMAINDER_WORDS = r"other|others|rest|remaining|remainder"
INCLUDES = re.compile(r"\b(?:" + "|".join((
    *INCLUDE_VERBS, r"including", r"comprising", r"consisting\s+of", r"made\s+up\s+of",
    r"(?:out\s+)?of\s+which", r"among\s+(?:them|which|whom)", r"split\s+(?:between|into)",
    r"divided\s+(?:between|into)", r"broken\s+down\s+(?:into|as)",
)) + r")\b", re.I)
#: A clause of composition between two figures, running on to the second with no comma,
#: semicolon nor 'and' left between: "reached $2.3 billion, which was mainly made up of
#: avocados (US$925 million)", "…, led by cars ($3 billion)", "…, mostly grain (4 Mt)".
#: The figure after it is a part of the figure before it, not its sibling in a list
#: (breakdown, layout).
OWN_PARTS = re.compile(r"(?:" + INCLUDES.pattern + r"|\bled\s+by|\b(?:made\s+up|composed|consist(?:s|ed|ing)?)\s+(?:\w+\s+)?of"
                       r"|\b(?:mainly|mostly|largely|chiefly|primarily|principally)\b)(?:(?!\band\b)[^,;])*$", re.I)
#: Product categories and the goods they hold (lemmas): "mineral exports" hold "iron ore
#: exports", so the two are a part and a part of it, never two parts to add up.
_METALS = frozenset({"iron", "ore", "steel", "gold", "silver", "copper", "aluminium", "aluminum", "zinc", "nickel",
                     "cobalt", "lithium", "manganese", "tin", "platinum", "bauxite", "alumina", "uranium"})
_FUELS = frozenset({"oil", "crude", "gas", "lng", "lpg", "coal", "diesel", "gasoline", "petrol", "kerosene",
                    "condensate", "petroleum"})
_FARM = frozenset({"coffee", "cocoa", "tea", "cotton", "rice", "wheat", "maize", "corn", "sugar", "tobacco", "cashew",
                   "banana", "vanilla", "clove", "palm", "rubber", "soybean", "soya", "livestock", "cattle", "beef",
                   "fruit", "vegetable", "flower", "horticultural", "sesame", "groundnut", "grain", "cereal"})
CATEGORIES = {
    "mineral": _METALS | {"diamond", "rutile", "ilmenite", "zircon", "phosphate", "gemstone", "coal", "mining"},
    "mining": _METALS | {"diamond", "rutile", "ilmenite", "zircon", "phosphate", "gemstone", "coal", "mineral"},
    "metal": _METALS, "fuel": _FUELS, "energy": _FUELS | {"electricity", "power"}, "petroleum": _FUELS - {"coal"},
    "hydrocarbon": _FUELS - {"coal"}, "agricultural": _FARM, "agriculture": _FARM, "agro": _FARM, "farm": _FARM,
    "food": _FARM - {"cotton", "tobacco", "rubber", "flower"}, "commodity": _METALS | _FUELS | _FARM,
}
#: Words that name a whole over all places, as "total" and "overall" do (which the
#: matching words leave out): "global sales" are domestic plus overseas sales.
WHOLE_WORDS = frozenset({"global", "worldwide"})
#: Words that say whose total a budget figure is ("government revenues", "budget
#: spending"), not which part: the revenue and spending concepts leave them out.
BUDGET_OWNER_WORDS = frozenset({"budget", "fiscal", "government", "public"})
#: Concepts that X and non-X split whole: oil and non-oil exports are all exports, while
#: tax and non-tax revenue may leave grants and capital receipts out.
COMPLETE_COMPLEMENTS = frozenset({"export", "import", "trade"})
#: Pairs of modifiers that split a balance into parts adding up to it (lemmas): the goods
#: balance and the services balance make the trade balance; domestic and external debt
#: (or financing) make the public debt (its financing).
SPLITS = (("good", "service"), ("full", "part"), ("domestic", "foreign"), ("domestic", "oversea"), ("domestic", "fdi"),
          ("domestic", "external"), ("public", "private"), ("urban", "rural"), ("recurrent", "capital"), ("male", "female"), ("men", "women"), ("onshore", "offshore"))
#: Opposite sides of a scope: a figure said of one is never the whole of a figure said of
#: the other (the splits, and domestic and international, which may leave transit out).
OPPOSED_SIDES = SPLITS + (("domestic", "international"),)
#: Sentence words that tell two variants of one series apart, whatever the metric phrase
#: says: a seasonally adjusted and an unadjusted balance, trend and original terms,
#: dollar and rupee terms, real and nominal growth. (tag, regular expression)
VARIANTS = (
    ("seasonally adjusted", r"seasonal(?:ly)?[- ]adjust|adjust\w*\s+(?:for\s+)?(?:the\s+)?(?:calendar\s+and\s+)?seasonal|\bSA\b"),
    ("unadjusted", r"\bunadjusted\b|\bnot\s+seasonally\s+adjusted|\bnon-seasonally|\boriginal\s+terms|\bNSA\b"),
    ("trend", r"\btrend\s+(?:terms|estimates?|series|figures?)\b|\bin\s+trend\b"),
    ("real", r"\breal\s+terms\b|\bconstant\s+prices\b|\binflation[- ]adjusted\b|\bin\s+volume\s+terms\b"),
    ("nominal", r"\bnominal\b|\bcurrent\s+prices\b"),
    ("terms", r"\bin\s+([A-Za-z]+(?:-denominated)?)\s+terms\b"),
    # "exports in US dollars rose 1.1%", "imports denominated in RMB fell 2.5%": the
    # currency a growth rate is measured in, as "in dollar terms" says it
    ("terms", r"\b(?:denominated\s+)?in\s+(?:U\.?S\.?\s+)?(dollars?|yuan|RMB|renminbi|rupees?|yen|euros?|won|"
              r"pounds?\s+sterling)\b(?!\s+terms)"),
    # "Excluding transport and insurance costs on imports, the trade deficit was": a measure
    # with a component taken out is another series than the one with it
    ("excluding", r"\b(?:excluding|exclusive\s+of|not\s+including)\b"),
    # a budget estimate, its revision and the outturn are three figures for one period
    ("estimate", r"\b(?:revised|budget(?:ed)?|advance|provisional|preliminary|flash)\s+estimates?\b|\((?:RE|BE)\)"),
)
#: Currency words of "in X terms" and "in X", as one tag each ("Dollar", "US dollars").
CURRENCY_TERMS = {"dollar": "usd", "dollars": "usd", "usd": "usd", "yuan": "cny", "rmb": "cny", "renminbi": "cny",
                  "rupee": "inr", "rupees": "inr", "yen": "jpy", "euro": "eur", "euros": "eur", "won": "krw",
                  "pound": "gbp", "pounds": "gbp", "sterling": "gbp"}
#: Metric words that mark another estimate of the same series, not a part of it: the
#: budget estimate and the revised estimate of spending are not two parts of spending.
VARIANT_WORDS = frozenset({
    "estimate", "estimated", "revised", "revision", "budget", "budgeted", "actual", "actuals", "forecast",
    "projection", "projected", "provisional", "preliminary", "advance", "flash", "final", "adjusted",
    "seasonally", "unadjusted", "trend", "real", "nominal", "target", "expected", "planned", "consensus",
    "previous", "prior", "initial", "updated", "gross",
})

#: Words naming the money a flow is taken in ("foreign exchange earnings", "foreign currency
#: receipts"): takings counted by their currency, a balance-of-payments measure of their
#: own, not a part of a whole named by what it is ("fishing revenues")
MONEY_TAKEN_IN_WORDS = frozenset({"exchange", "currency", "fx"})

#: Balances that are not their sides' plain difference: a primary balance leaves interest
#: payments out, a structural or cyclically adjusted one the business cycle.
ADJUSTED_BALANCES = frozenset({"primary", "structural", "cyclically", "underlying"})


#: The verb that ends a clause's subject: "while the average price declined 42%", "and
#: overnight stays grew 9.3%".
CLAUSE_VERB = re.compile(r"\b(?:rose|ris(?:e|es|en|ing)|grew|grow(?:s|n|ing)?|fell|fall(?:s|en|ing)?|declin\w*|"
                         r"increas\w*|decreas\w*|drop\w*|jump\w*|climb\w*|surg\w*|plung\w*|slump\w*|soar\w*|"
                         r"gain\w*|los[te]s?|los[ti]ng|went|was|were|is|are|had|has|saw)\b", re.I)
#: Words that refer back to a series already named, naming nothing else.
BACK_REFERENCE = frozenset({"it", "they", "this", "that", "which", "these", "those", "the", "its", "their", "total",
                            "figure", "amount", "sum"})
