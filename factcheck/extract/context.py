"""Context of a claim in its sentence: period, subject and metric."""

from __future__ import annotations

import functools
import re
from typing import Optional

from factcheck.extract import grammar
from factcheck.extract.numbers import CURRENCY_PREFIXES
from factcheck.extract.patterns import LazyPattern, ends_with, lazy, literal_alternation, triggered

# --- subject ----------------------------------------------------------------

COUNTRIES = [
    "Afghanistan", "Albania", "Algeria", "Angola", "Argentina", "Armenia", "Australia", "Austria",
    "Azerbaijan", "Bahrain", "Bangladesh", "Belarus", "Belgium", "Bolivia", "Brazil", "Bulgaria",
    "Cambodia", "Cameroon", "Canada", "Chile", "China", "Colombia", "Croatia", "Cuba", "Cyprus",
    "Czech Republic", "Denmark", "Ecuador", "Egypt", "Estonia", "Ethiopia", "Finland", "France",
    "Georgia", "Germany", "Ghana", "Greece", "Hong Kong", "Hungary", "Iceland", "India", "Indonesia",
    "Iran", "Iraq", "Ireland", "Israel", "Italy", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kuwait",
    "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Libya", "Lithuania", "Luxembourg", "Macao", "Malaysia",
    "Maldives", "Mexico", "Mongolia", "Morocco", "Myanmar", "Nepal", "Netherlands", "New Zealand",
    "Nigeria", "North Korea", "Norway", "Oman", "Pakistan", "Palestine", "Panama", "Peru",
    "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda", "Saudi Arabia",
    "Serbia", "Singapore", "Slovakia", "Slovenia", "South Africa", "South Korea", "Spain",
    "Sri Lanka", "Sudan", "Sweden", "Switzerland", "Syria", "Taiwan", "Tajikistan", "Tanzania",
    "Thailand", "Tunisia", "Turkey", "Turkmenistan", "Uganda", "Ukraine", "United Arab Emirates",
    "United Kingdom", "United States", "Uruguay", "Uzbekistan", "Venezuela", "Vietnam", "Zambia",
    "Zimbabwe", "Soviet Union", "European Union",
    # the rest of the world's states, so that a figure's place is never taken for none
    "Andorra", "Antigua and Barbuda", "Bahamas", "Barbados", "Belize", "Benin", "Bhutan", "Bosnia and Herzegovina",
    "Botswana", "Brunei", "Burkina Faso", "Burundi", "Cabo Verde", "Central African Republic", "Comoros", "Congo",
    "Costa Rica", "Djibouti", "Dominican Republic", "El Salvador", "Equatorial Guinea", "Eritrea", "Eswatini", "Fiji",
    "Gabon", "Gambia", "Grenada", "Guatemala", "Guinea", "Guinea-Bissau", "Guyana", "Haiti", "Honduras", "Ivory Coast",
    "Jamaica", "Kiribati", "Lesotho", "Liberia", "Liechtenstein", "Madagascar", "Malawi", "Mali", "Malta",
    "Marshall Islands", "Mauritania", "Mauritius", "Micronesia", "Moldova", "Monaco", "Montenegro", "Mozambique",
    "Namibia", "Nauru", "Nicaragua", "Niger", "North Macedonia", "Palau", "Papua New Guinea", "Paraguay", "Saint Lucia",
    "Samoa", "San Marino", "Senegal", "Seychelles", "Sierra Leone", "Solomon Islands", "Somalia", "South Sudan",
    "Suriname", "Timor-Leste", "Togo", "Tonga", "Trinidad and Tobago", "Tuvalu", "Vanuatu", "Yemen",
    "Chad", "Dominica", "DR Congo", "Kosovo", "Saint Kitts and Nevis", "Saint Vincent and the Grenadines",
    "São Tomé and Príncipe", "Vatican City", "Somaliland",
    # the territories of ISO 3166-1: an island's or a dependency's figures are its own
    "Åland Islands", "American Samoa", "Anguilla", "Antarctica", "Aruba", "Bermuda", "Bonaire",
    "British Virgin Islands", "Cayman Islands", "Christmas Island", "Cook Islands", "Curaçao", "Falkland Islands",
    "Faroe Islands", "French Guiana", "French Polynesia", "Gibraltar", "Greenland", "Guadeloupe", "Guam", "Guernsey",
    "Isle of Man", "Jersey", "Martinique", "Mayotte", "Montserrat", "New Caledonia", "Niue", "Norfolk Island",
    "Northern Mariana Islands", "Pitcairn Islands", "Puerto Rico", "Réunion", "Saint Barthélemy", "Saint Helena",
    "Saint Martin", "Saint Pierre and Miquelon", "Sint Maarten", "Svalbard", "Tokelau", "Turks and Caicos Islands",
    "US Virgin Islands", "Wallis and Futuna", "Western Sahara",
]
ALIASES = {
    "Chinese": "China", "Russian": "Russia", "Indian": "India", "Japanese": "Japan",
    "American": "United States", "U.S.": "United States", "US": "United States", "USA": "United States",
    "U.S.A.": "United States", "America": "United States", "Britain": "United Kingdom",
    "British": "United Kingdom", "UK": "United Kingdom", "U.K.": "United Kingdom",
    "England": "United Kingdom", "German": "Germany", "French": "France", "Italian": "Italy",
    "Spanish": "Spain", "Brazilian": "Brazil", "Canadian": "Canada", "Australian": "Australia",
    "Korean": "South Korea", "Korea": "South Korea", "Mexican": "Mexico", "Turkish": "Turkey",
    "Türkiye": "Turkey", "Saudi": "Saudi Arabia", "Emirati": "United Arab Emirates", "UAE": "United Arab Emirates",
    "Vietnamese": "Vietnam", "Indonesian": "Indonesia", "Pakistani": "Pakistan", "Iranian": "Iran",
    "Egyptian": "Egypt", "Kenyan": "Kenya", "Nigerian": "Nigeria", "Ukrainian": "Ukraine",
    "Soviet": "Soviet Union", "EU": "European Union", "Dutch": "Netherlands", "Swiss": "Switzerland",
    "Swedish": "Sweden", "Polish": "Poland", "Greek": "Greece", "Irish": "Ireland", "Israeli": "Israel",
    "Thai": "Thailand", "Malaysian": "Malaysia", "Singaporean": "Singapore", "Filipino": "Philippines",
    "Bangladeshi": "Bangladesh", "Sri Lankan": "Sri Lanka", "Nepali": "Nepal", "Kazakh": "Kazakhstan",
    "Argentine": "Argentina", "Chilean": "Chile", "Colombian": "Colombia", "Peruvian": "Peru",
    "South African": "South Africa", "Ethiopian": "Ethiopia", "Moroccan": "Morocco", "Algerian": "Algeria",
    "Mainland China": "China", "Chinese mainland": "China", "PRC": "China", "Beijing": "China",
    "Moscow": "Russia", "Kremlin": "Russia", "Washington": "United States", "New Delhi": "India",
    "Tokyo": "Japan", "London": "United Kingdom", "Brussels": "European Union",
    # a territory's governing body named for it: "trade with the Palestinian Authority"
    "Palestinian Authority": "Palestine",
    # a small state's parliament, capital or government by its local name stands for it
    # ("a budget to Nitijela", "ASG's revenues"): whose fiscal year its figures are counted in
    "Nitijela": "Marshall Islands", "Majuro": "Marshall Islands", "RMI": "Marshall Islands",
    "ASG": "American Samoa", "Pago Pago": "American Samoa", "Palikir": "Micronesia",
    "eurozone": "euro area", "euro zone": "euro area", "euro area": "euro area",
    "KSA": "Saudi Arabia", "Viet Nam": "Vietnam", "Republic of Korea": "South Korea", "Czechia": "Czech Republic",
    "Côte d'Ivoire": "Ivory Coast", "Burma": "Myanmar", "Mauritian": "Mauritius", "Qatari": "Qatar", "Omani": "Oman",
    "Kuwaiti": "Kuwait", "Jordanian": "Jordan", "Tanzanian": "Tanzania", "Ugandan": "Uganda", "Ghanaian": "Ghana",
    "Cameroonian": "Cameroon", "Taiwanese": "Taiwan", "Mongolian": "Mongolia", "Cambodian": "Cambodia",
    # other spellings of the places above
    "Macau": "Macao", "DRC": "DR Congo", "Democratic Republic of the Congo": "DR Congo",
    "Democratic Republic of Congo": "DR Congo", "Republic of the Congo": "Congo", "Cape Verde": "Cabo Verde",
    "East Timor": "Timor-Leste", "Swaziland": "Eswatini", "Holy See": "Vatican City", "Reunion": "Réunion",
    "Curacao": "Curaçao", "Sao Tome and Principe": "São Tomé and Príncipe", "Turks and Caicos": "Turks and Caicos Islands",
    "BVI": "British Virgin Islands", "CNMI": "Northern Mariana Islands", "Northern Marianas": "Northern Mariana Islands",
    "Faroes": "Faroe Islands", "Federated States of Micronesia": "Micronesia", "FSM": "Micronesia",
    "St Helena": "Saint Helena", "St. Helena": "Saint Helena", "St Kitts and Nevis": "Saint Kitts and Nevis",
    "St. Kitts and Nevis": "Saint Kitts and Nevis", "St Lucia": "Saint Lucia", "St. Lucia": "Saint Lucia",
    "St Vincent and the Grenadines": "Saint Vincent and the Grenadines",
    "St. Vincent and the Grenadines": "Saint Vincent and the Grenadines", "SVG": "Saint Vincent and the Grenadines",
    "Sao Tome e Principe": "São Tomé and Príncipe", "São Tomé e Príncipe": "São Tomé and Príncipe",
    "St Maarten": "Sint Maarten",
    "St. Maarten": "Sint Maarten", "Falklands": "Falkland Islands", "American continent": "Americas",
    # a US state whose name ends in a territory's: the state, never the island
    "New Jersey": "New Jersey",
}
# international bodies and central banks: a lender, a source or a forum of the place a text
# is about ("the IMF programme", "according to the United Nations"), rarely that place
INSTITUTIONS = [
    "United Nations", "UN", "IMF", "International Monetary Fund", "World Bank", "WTO", "OPEC",
    "ASEAN", "BRICS", "SCO", "NATO", "G7", "G20", "OECD", "WHO", "APEC", "African Union", "UNESCO",
    "Federal Reserve", "Fed", "ECB", "European Central Bank", "Bank of England", "Bank of Japan",
    "RBI", "Reserve Bank of India", "People's Bank of China", "PBOC", "World Health Organization",
]
ORGANISATIONS = [
    *INSTITUTIONS,
    # the regions and trade blocs that markets and partners are reported by: "the European
    # Economic Area ... accounted for sales of 3.55 billion francs" is the region's figure
    "European Economic Area", "EEA", "EFTA", "Mercosur", "CARICOM", "ECOWAS", "SADC", "COMESA", "CEMAC", "WAEMU",
    "UEMOA", "GCC", "Gulf Cooperation Council", "Eurasian Economic Union", "EAEU", "East African Community",
    "Europe", "Asia", "Africa", "North America", "South America", "Latin America", "Central America", "Oceania",
    "Middle East", "Caribbean", "Asia-Pacific", "Asia Pacific", "Sub-Saharan Africa", "East Asia", "Southeast Asia",
    "South Asia", "Central Asia", "Western Europe", "Eastern Europe", "Americas",
]
COUNTRY_SET = frozenset(COUNTRIES)
# (sorted twice: the same pattern text in every process, where a set's order is not)
_SUBJECT_NAMES = sorted(sorted(set(COUNTRIES) | set(ALIASES) | set(ORGANISATIONS)), key=len, reverse=True)
_SUBJECT_RE = re.compile(r"(?=[" + "".join(sorted({re.escape(n[0]) for n in _SUBJECT_NAMES})) + r"])(?<![\w.])("
                         + literal_alternation(_SUBJECT_NAMES) + r")(?![\w])")
_CANONICAL_ORGS = {"EEA": "European Economic Area", "UN": "United Nations", "Fed": "Federal Reserve", "PBOC": "People's Bank of China",
                   "RBI": "Reserve Bank of India", "International Monetary Fund": "IMF",
                   "European Central Bank": "ECB", "World Health Organization": "WHO"}
#: the institutions by the names the extractor gives them ("UN" → "United Nations")
INSTITUTION_SET = frozenset(_CANONICAL_ORGS.get(n, n) for n in INSTITUTIONS)


# "U.S. dollars", and joined to it, "a 340-million-U.S.-dollar budget", "US-dollar bonds";
# "1.09 US cents per kg": the currency's hundredth
_CURRENCY_AFTER = re.compile(r"(?:\s+|-)(?:dollars?|yen|yuan|renminbi|rupees?|roubles?|rubles?|pounds?|"
                            r"francs?|won|pesos?|lira|rand|riyals?|ringgit|baht|dong|rupiah|reais|real|"
                            r"kronas?|kronor|krone|zloty|forint|dinars?|dirhams?|shekels?|taka|cents?)\b", re.I)

# "(ONEI by its Spanish acronym)", "in the French language", "American Airlines": a name's
# language or a carrier named after a country says nothing of whose figure it is; nor does
# where a source or a firm sits ("reports Qatar-based Al Sharq")
_NOT_A_PLACE_AFTER = re.compile(r"(?:\s+|-)(?:acronym|initials|abbreviation|language|speaking|speakers?|translation|spelling)\b"
                                r"|-(?:based|headquartered)\b|\s+(?:Airlines|Airways)\b"
                                # "British thermal units": a unit's name, not its country
                                r"|\s+thermal\s+units?\b", re.I)


def subjects(sentence: str, local: frozenset = frozenset()) -> list[str]:
    return list(_subjects(sentence, local))


@functools.lru_cache(maxsize=4096)
def _subjects(sentence: str, local: frozenset = frozenset()) -> tuple[str, ...]:
    """Countries and organisations named in the sentence, canonical, in order of mention
    (with the article's own `local` places, see local_places)."""
    out: list[str] = []
    for _, _, canonical in _all_mentions(sentence, local):
        if canonical not in out:
            out.append(canonical)
    return tuple(out)


# --- places an article names that no gazetteer holds ----------------------------------
# "arrivals to Tinian and Rota", "down on Saipan", "hotels in Ohrid": a capitalised name
# (one or two words) governed by a locative preposition names a place, whether or not the
# gazetteer knows it (islands, provinces, towns, districts)
_PLACE_NAME = (r"[A-Z][a-z]{2,}(?:[ -][A-Z][a-z]{2,})?"
               r"(?![\w'’-]|[ \t]+[A-Z0-9]|\s+terms\b|\s+(?:es|de|la|del|da|do|dos|du|le|al|el|van|von)\s)")
_LOCATIVE_NAMES = re.compile(r"(?<![Aa]ccording )(?<![Tt]hanks )(?<![Dd]ue )\b(?:in|on|to|at)\s+(?:the\s+)?"
                             r"(" + _PLACE_NAME + r"(?:(?:\s*,\s*|,?\s+and\s+)" + _PLACE_NAME + r")*)")
_NAME_IN_LIST = re.compile(_PLACE_NAME)
# capitalised words that follow "in", "to", "at" and are no place: time, institutions,
# languages and scripts, money, and the words of titles and headings
_NOT_PLACES = frozenset("""
January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday Christmas Easter Ramadan Eid Lent Advent Diwali
Parliament Congress Senate Assembly Government Cabinet Council Court Budget Treasury Ministry Minister
Department Office Bank Fund Authority Commission Committee Board Agency Bureau Service University College
School Hospital Airport Port Harbour Harbor Hotel Centre Center Hall Street Road Avenue Park Square Stadium
Group Company Corporation Limited Holdings Party Police Army Navy Customs Statistics Census Revenue Finance
English French Spanish Arabic Portuguese Russian Chinese German Dutch Italian Latin
Dollar Dollars Euro Euros Pound Pounds Franc Francs Rupee Rupees Peso Pesos Shilling Shillings Total Table Figure
North South East West Northern Southern Eastern Western Central Upper Lower Greater New Old Phase Part Section
Article Chapter Annex Appendix Page Quarter Year Month Week Day The This That These Those Its Their House Goods
Services Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Republic Kingdom Duchy Federation Union Emirates State States
""".split())


@functools.lru_cache(maxsize=64)
def local_places(text: str) -> frozenset:
    """Names the article itself shows to be places, beyond the gazetteer: a capitalised
    name governed by a locative preposition ("arrivals to Tinian", "on Saipan"), or
    coordinated with such a name or a known place ("to Tinian and Rota"), named at least
    twice in the text, never a known place or organisation, nor a word of time, of an
    institution or of a heading."""
    found = {name for m in _LOCATIVE_NAMES.finditer(text) for name in _NAME_IN_LIST.findall(m.group(1))}
    out = set()
    for name in found:
        if set(name.replace("-", " ").split()) & _NOT_PLACES or is_name(name) or name in regions() \
                or _country_words()[0].fullmatch(name) or name in CURRENCY_PREFIXES or f"{name}." in CURRENCY_PREFIXES:  # "rose to Kshs. 490 billion"
            continue
        if not _named_twice(name, text):
            continue
        out.add(name)
    return frozenset(out)


def _named_twice(name: str, text: str) -> bool:
    """Does the text name `name` at least twice as a whole word (no word character or hyphen
    on either side)? The occurrences are counted as re.findall would count them, left to right
    and not overlapping, by plain substring search: a pattern built from each name compiled a
    new expression per name of every article."""
    count, pos, n = 0, 0, len(name)
    while (i := text.find(name, pos)) >= 0:
        before, after = text[i - 1: i] if i else "", text[i + n: i + n + 1]
        if before and (before.isalnum() or before in "_-") or after and (after.isalnum() or after in "_-"):
            pos = i + 1
            continue
        count += 1
        if count == 2:
            return True
        pos = i + n
    return False


@functools.lru_cache(maxsize=64)
def _local_re(local: frozenset) -> re.Pattern:
    return re.compile(r"(?<![\w-])(" + literal_alternation(sorted(local, key=len, reverse=True)) + r")(?![\w-])")


def _all_mentions(sentence: str, local: frozenset = frozenset()) -> tuple[tuple[int, int, str], ...]:
    known = _mentions(sentence)
    if not local:
        return known
    extra = [(m.start(), m.end(), m.group(1)) for m in _local_re(local).finditer(sentence)]
    return tuple(sorted((*known, *extra))) if extra else known


def mentions_in(sentence: str, local: frozenset = frozenset()) -> tuple[tuple[int, int, str], ...]:
    """(start, end, canonical name) of each place or organisation the sentence names,
    with the article's own `local` places."""
    return _all_mentions(sentence, local)


def strip_names(text: str) -> str:
    """The text without the places and organisations it names."""
    return _SUBJECT_RE.sub(" ", text)


# --- first-level regions (lexicon/regions.yaml, built from ISO 3166-2) ----------------
# "revenues in Arkansas", "Sabah's exports": a state's, a province's or an emirate's
# figures are the region's own. Looked up by set, not by one more alternation: a run of
# capitalised words ("In Nova Scotia") is cut into word spans tried longest first.
_CAP_RUN = re.compile(r"(?<![\w'’.-])[A-Z][\w-]*(?: (?:(?:and|of|de|del|la|y|el|al|da|do) )?[A-Z][\w-]*)*")
_CAP_WORD = re.compile(r"[A-Z][\w-]*|[a-z]+")
# capitalised words that may open a run before a region's name: "In Punjab", "The Dubai"
_RUN_OPENERS = frozenset({"In", "At", "On", "For", "From", "To", "By", "And", "But", "While", "The", "Across", "Both",
                          "Meanwhile", "Also", "Within", "Outside", "Of", "With", "Unlike", "Like"})


# what follows a dateline's place: "Baghdad (", "Erbil —", "Lagos, May 3 –"
_DATELINE_MARK = re.compile(r"\s*(?:\(|[-–—]+\s|,\s*(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d))")


# --- seats of government (lexicon/capitals.yaml) ------------------------------------
@functools.cache
def _capitals() -> tuple[re.Pattern, dict[str, str]]:
    from factcheck.extract import lexicon
    names = {str(city): str(country) for city, country in lexicon.load("capitals").items()}
    return re.compile(r"(?<![\w'’-])(" + literal_alternation(sorted(names, key=len, reverse=True)) + r")(?![\w'’-])"), names


def seat_of_government(text: str) -> Optional[str]:
    """The one country whose capital a text names ("NAIROBI —", "the National Assembly in
    Lilongwe"): where a wire files from or a government meets. None when the text names
    no capital, or those of two countries."""
    pattern, names = _capitals()
    countries = {names[m.group(1)] for m in pattern.finditer(read_capitals(text))}
    return countries.pop() if len(countries) == 1 else None


@functools.cache
def regions() -> frozenset:
    """Names of the world's first-level regions the gazetteer lacks (states, provinces,
    prefectures, emirates); names that are common words or headings are not among them."""
    return frozenset(region_countries())


@functools.cache
def region_countries() -> dict[str, str]:
    """Each region's country (its name in COUNTRIES): a region is a part of it."""
    from factcheck.extract import lexicon
    return {str(name): str(country) for name, country in lexicon.load("regions").items()}


def region_mentions(sentence: str) -> list[tuple[int, int, str]]:
    """A region named as a whole run of capitalised words, or closing a run a function word
    opens ("In Sabah"): inside a longer name ("Punjab National Bank", "Texas Instruments")
    it names that body, not the region."""
    names, out = regions(), []
    for run in _CAP_RUN.finditer(sentence):
        words = list(_CAP_WORD.finditer(run.group(0)))
        first = 1 if len(words) > 1 and words[0].group(0) in _RUN_OPENERS else 0
        at = run.start() + words[first].start()
        name = run.group(0)[words[first].start():]
        if name in names:
            if at == 0 and _DATELINE_MARK.match(sentence, run.end()):
                continue  # "Baghdad ( Iraq exported …": where the report was filed, not what it is about
            out.append((at, run.end(), name))
            continue
        # "Flanders and Wallonia": a list of regions, each whole
        parts = name.split(" and ")
        if len(parts) > 1 and all(p in names for p in parts):
            for p in parts:
                out.append((at, at + len(p), p))
                at += len(p) + len(" and ")
    return out


# "total imports of goods (from EU Member States and from third countries)", "trade with the EU
# and non-EU countries": a place coordinated with all the others names every party of the
# flow, which is its total, not the place's share of it ("China and other countries" is a list
# that goes on, not its complement)
_WITH_ITS_COMPLEMENT = re.compile(r"(?:\s+(?:member\s+)?(?:states|countries|nations))?,?\s+(?:and|or)\s+(?:(?:from|to|with)\s+)?"
                                  r"(?:the\s+)?(?:third\s+countries|rest\s+of\s+the\s+world|"
                                  r"(?:non|extra)-[\w-]+(?:\s+(?:countries|states|members|partners))?)\b", re.I)

# a title in quotation marks: words in title case, joined by lower-case function words
_TITLE_WORDS = re.compile(r"(?:(?:[A-Z0-9][\w'’.-]*|&|of|and|the|for|by|in|on|to|a|an|\([^()]*\))\s*)+")


def _in_quoted_title(sentence: str, at: int) -> bool:
    """The name at `at` is inside a title in curly quotation marks (a publication's, a
    programme's): 'according to the publication “Intra & Extra EU Trade Statistics (by
    commodity and country)”' names no party of the figures."""
    opening = sentence.rfind("“", 0, at)
    if opening < 0 or sentence.rfind("”", opening, at) >= 0:
        return False
    closing = sentence.find("”", at)
    return closing > 0 and _TITLE_WORDS.fullmatch(sentence, opening + 1, closing) is not None


@functools.lru_cache(maxsize=4096)
def _mentions(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, canonical name) of each place or organisation the sentence names."""
    out = []
    for m in _SUBJECT_RE.finditer(sentence):
        name = m.group(1)
        if name in ("US", "U.S.") and re.match(r"\s?\$", sentence[m.end():]):
            continue  # US$ (and "US $4.9 million") is a currency
        if _CURRENCY_AFTER.match(sentence, m.end()):
            continue  # "U.S. dollars", "Japanese yen", "Indian rupees": a currency, not a country
        if _NOT_A_PLACE_AFTER.match(sentence, m.end()):
            continue  # "by its Spanish acronym", "American Airlines": a language, a carrier's name
        if _WITH_ITS_COMPLEMENT.match(sentence, m.end()):
            continue  # "imports (from EU Member States and from third countries)": the whole, no party
        if _in_quoted_title(sentence, m.start()):
            continue  # "the publication “Intra & Extra EU Trade Statistics”": a title's words
        out.append((m.start(), m.end(), ALIASES.get(name) or _CANONICAL_ORGS.get(name) or name))
    if regions_seen := [r for r in region_mentions(sentence) if not any(a < r[1] and r[0] < b for a, b, _ in out)]:
        out = sorted([*out, *regions_seen])
    return tuple(out)


@functools.cache
def other_names() -> dict[str, str]:
    """Every other name a place or body goes by, to its own: the aliases ("U.S.", "Britain"),
    then the lexicon's demonyms ("Latvian" → Latvia; each names a country of COUNTRIES)."""
    from factcheck.extract import lexicon
    return {**ALIASES, **lexicon.load("demonyms")}


@functools.cache
def _country_words() -> tuple[LazyPattern, dict[str, str]]:
    names = {c: c for c in COUNTRIES}
    names.update({a: c for a, c in other_names().items() if c in names})
    words = sorted(names, key=len, reverse=True)
    # grouped by first letter, and lazy so that its search is told those letters (patterns.first_chars)
    pattern = lazy(r"(?<![\w.])(" + literal_alternation(words) + r")(?:s|es)?(?![\w$])")
    return pattern, names


_MARKET_AFTER = re.compile(r"(?:s|es)?(?:\s*(?:,|and|or|&)\s*[A-Z][\w-]+)*(?:\s+(?:tourist|visitor|air|cruise|stopover|overnight))?\s+"
                               r"(?:arrivals?|visitors?|tourists?|travell?ers?|guests?|passengers?|holidaymakers?|visitation|market)\b"
                               # "the Guam Visitors Bureau": the place's own institution
                               r"(?!\s+(?:[A-Z]\w+\s+)?(?i:authority|bureau|board|office|association|cent(?:re|er)|commission|agency|department|ministry|council)\b)")


# "tourists from Hong Kong", "visitor arrivals from the United States"
_TRAVELLERS_FROM = re.compile(r"\b(?:arrivals?|visitors?|tourists?|travell?ers?|guests?|passengers?|holidaymakers?)"
                              r"(?:\s+[a-z]+){0,2}\s+from\s+(?:the\s+)?$")
# "exports of goods to China", "imports from China", "trade with China": the other party of
# the reporting country's trade, not the country the article is about
# ("total imports of goods (from EU Member States and …)": a bracket that opens on the partner)
_TRADE_PARTNER = re.compile(r"\b(?:exports?|imports?|shipments?|trade)\b(?:\s+[a-z]+){0,4}?\s+\(?(?:to|from|with)\s+(?:the\s+)?$")


def source_markets(sentence: str) -> set[str]:
    """Countries the sentence names only as where travellers come from ("Chinese arrivals
    to Saipan"): not the place whose fiscal year its figures are counted in."""
    pattern, names = _country_words()
    markets, other = set(), set()
    for m in pattern.finditer(sentence):
        market = _MARKET_AFTER.match(sentence, m.end()) or _TRAVELLERS_FROM.search(sentence, max(0, m.start() - 60), m.start())
        (markets if market else other).add(names[m.group(1)])
    return markets - other


def article_country(text: str) -> Optional[str]:
    """The country an article is about when its sentences name it only in passing, by its
    people or inside an institution's name ("the Liberia Revenue Authority … urged all
    Liberians"): the one named most often, counting names and demonyms anywhere; it must
    be named at least twice, or be the only country named. None when that is unclear."""
    pattern, names = _country_words()
    counts: dict[str, int] = {}
    for m in pattern.finditer(text):
        if _CURRENCY_AFTER.match(text, m.end()):
            continue  # "US dollars", "Samoan tala" name money, not the place
        if _MARKET_AFTER.match(text, m.end()) or _TRAVELLERS_FROM.search(text, max(0, m.start() - 60), m.start()):
            continue  # "Chinese and Korean arrivals", "tourists from Hong Kong": source markets of the place the text is about
        if _TRADE_PARTNER.search(text, max(0, m.start() - 60), m.start()):
            continue
        country = names[m.group(1)]
        counts[country] = counts.get(country, 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    best, n = ranked[0]
    if len(ranked) > 1 and ranked[1][1] == n:
        return None
    return best if n >= 2 or len(ranked) == 1 else None


# An all-capitals word of four letters or more that is no name of its own ("LESOTHO’S
# annual inflation", "BRUNEI’S total trade", "PARAMARIBO, Suriname"): a headline's, a lede's
# or a dateline's capitals print the name its title case would ("NATO", "OPEC" stay)
_CAPITALS = re.compile(r"(?<![\w-])[A-Z]{4,}(?![\w-])")


def read_capitals(text: str) -> str:
    """The text with its capitalised words that are no name read in title case."""
    if not _CAPITALS.search(text):
        return text
    return _CAPITALS.sub(lambda m: m.group(0) if _SUBJECT_RE.fullmatch(m.group(0)) else m.group(0).title(), text)


def people_named(sentence: str) -> list[str]:
    """Countries a sentence names by their people or its adjective only ("remittances from
    overseas Filipinos", "Salvadoran households", "the Guatemalan Institute of Tourism"):
    never travellers or a market ("Gabonese tourists"), money ("Samoan tala") nor a trade
    partner ("exports to the Gabonese market"), nor one of several peoples a sentence lists."""
    pattern, names = _country_words()
    out = []
    for m in pattern.finditer(sentence):
        if names[m.group(1)] == m.group(1) or _SUBJECT_RE.fullmatch(m.group(0)):
            continue  # a name, and a demonym the names pattern finds ("Kenyan"), are mentions
        if _CURRENCY_AFTER.match(sentence, m.end()) or _MARKET_AFTER.match(sentence, m.end()) \
                or _TRAVELLERS_AFTER.match(sentence, m.end()) or _MARKET_AFTER_NAME.match(sentence, m.end()):
            continue
        if _TRAVELLERS_FROM.search(sentence, max(0, m.start() - 60), m.start()) \
                or _TRADE_PARTNER.search(sentence, max(0, m.start() - 60), m.start()):
            continue
        out.append(names[m.group(1)])
    # "Italians …, followed by Austrians and Germans (12% each), Russians": the peoples of a
    # breakdown by nationality are where its travellers or senders come from, not the place
    return out[:1] if len(set(out)) == 1 else []


# "98,452 in United Arab Emirates", "7,592 to Italy", "50,090 employed in Malaysia"; not past a
# conjunction that opens the next clause ("EUR 3 billion as imports from EU countries rose")
_PLACE_AFTER = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?(?:(?!(?:as|while|whereas|and|but|when|although|though)\s)[a-z][\w-]*\s+){0,2}?"
                          r"(?:in|to|from|for|with|at|by)\s+(?:the\s+)?")
# "trade with the EU", "exports to Japan": a name that is a partner of its own clause's figure
_PLACE_BEFORE = re.compile(r"\s*(?:\(|\bwith\b)\s*[+\-−]?\s*")
_PARTNER_BEFORE = re.compile(r"\b(?:with|to|from|in|into|for|between|and|by)\s+(?:the\s+)?$", re.I)


# "visitors from Japan", "exports to the US", "trade with the EU", "imports from other EU
# member states": the other party of a flow
# lazy, so that a search skips to the characters a match can begin with (patterns.first_chars)
_FLOW_PARTNER = lazy(r"\b(?:with|to|from|into)\s+(?:the\s+)?(?:other\s+|non-)?$", re.I)
# "arrivals to Jamaica", "tourists who came to Malta": people travelling to a place are
# counted by their host, the country that reports them, not by a partner; so are goods
# brought into a place ("imports to Lebanon", "goods imported into Lebanon"): its imports
_DESTINATION = re.compile(r"\b(?:arrivals?|visitors?|tourists?|travell?ers?|holidaymakers|passengers|guests|"
                          r"came|come|comes|coming|arrived|arriving|travell?ed|flocked)\b(?:\s+[\w'’-]+){0,3}?"
                          r"\s+to\s+(?:the\s+)?$"
                          r"|\b(?:imports?|imported)\b(?:\s+[\w'’-]+){0,3}?\s+(?:to|into)\s+(?:the\s+)?$", re.I)
# "exports to countries other than the United States", "non-EU countries": a place left out is not a subject
# lazy, so that a search skips to the characters a match can begin with (patterns.first_chars)
# (asked before every place of a sentence; run only where one of its words is in it)
_EXCLUDED_BEFORE = triggered(lazy(r"\b(?:(?:other\s+than|except(?:\s+for)?|excluding|outside(?:\s+of)?|apart\s+from|besides)\s+(?:the\s+)?|non-)$", re.I),
                             ("than", "except", "excluding", "outside", "apart", "besides", "non-"))
_EXAMPLES = re.compile(r"\b(?:including|such\s+as|like|e\.g\.|notably|especially|particularly)\s+"
                       r"(?:the\s+)?(?:[A-Z][\w'’.-]*\s*(?:,|and|&)?\s*(?:the\s+)?)*$")


def topic_subjects(sentence: str, local: frozenset = frozenset(), home: Optional[str] = None,
                   listed: bool = True) -> list[str]:
    """The places a sentence is about, for the sentences after it that name none: not a
    partner ('visitors from Japan surged') nor an excluded one ('other than the US').
    `listed=False` keeps the places a list of partners names ("the main partners were
    Albania …, Serbia …"): the sentences right after it may go on about that group."""
    out = [n for a, b, n in _all_mentions(sentence, local) if not is_partner(sentence, a, b, home, listed)
           and not _EXCLUDED_BEFORE.search(sentence, max(0, a - 30), a)]
    return list(dict.fromkeys(out))


# "Korean arrivals", "Chinese tourists", "Japanese visitors": people of a nationality are
# where the travellers come from, never the host that counts them
# ("Canada’s 234,621 visitors": the travellers a place sends, counted by the host)
_TRAVELLERS_AFTER = re.compile(r"(?:['’]s(?:\s+[\d][\d,.]*(?:\s+(?:million|thousand))?)?)?"
                               r"\s+(?:tourists?|visitors?|arrivals?|travell?ers?|holidaymakers|guests|passengers|"
                               r"citizens|nationals)\b", re.I)
# "the United States market", "PRC market arrivals": a place's market is where a flow comes
# from or goes to, whichever place the article is about
_MARKET_AFTER_NAME = re.compile(r"\s+(?:market|markets|segment)\b", re.I)


# "The European Economic Area ... remains the most important sales market", "Germany, the
# largest export market,": a place said to be a market is the other party of the flow
# "China was the country's largest source of imports", "with Spain as the top destination":
# so are a partner, a destination, a supplier or a customer, and a leading market ("the main
# source of supply of goods to Cyprus")
_MARKET_PREDICATE = triggered(re.compile(r"[^.;:]{0,100}?(?:\b(?:is|was|are|were|remains|remained|became|becomes|ranks|ranked|"
                               r"stays|stayed|represents|represented|as)\s+|,\s*)(?:still\s+|again\s+)?(?:the|its|their|our|a)\s+(?:[\w’'-]+\s+){0,3}?"
                               r"(?:(?:sales|export|source|destination|trading|import|leading|largest|biggest|main|top|key|primary)\s+markets?"
                               r"|(?:trading|trade|export|import|commercial)\s+partners?|destinations?|suppliers?|customers?|buyers?"
                               r"|sources?\s+of\s+(?:imports|visitors|tourists|arrivals|remittances?|supply|supplies))\b", re.I),
                              ("market", "partner", "destination", "supplier", "customer", "buyer", "source"))
# "the top five export trading partners were Japan, …; China, …", "its largest customers
# were Italy …, followed by Spain": the places a list of partners names
# ("the biggest export market was Japan with 47.9 per cent, followed by …": one such
# partner named, and the ranking after it)
_PARTNERS_WERE = triggered(re.compile(r"\b(?:partners|customers|destinations|markets|suppliers|buyers)"
                                      r"(?:\s+[\w’'-]+){0,4}?\s+(?:were|are|included|include)\s"
                                      r"|\b(?:the|its|their|our)\s+(?:[\w’'-]+\s+){0,3}?(?:partner|customer|destination|market|supplier|buyer)"
                                      r"(?:\s+[\w’'-]+){0,4}?\s+(?:was|is|remained|remains)\s+(?:still\s+|again\s+)?(?:the\s+)?$", re.I),
                           ("partner", "customer", "destination", "market", "supplier", "buyer"))


@functools.lru_cache(maxsize=256)
def is_partner(sentence: str, at: int, end: Optional[int] = None, home: Optional[str] = None,
               listed: bool = True) -> bool:
    """The place named at `at` is the other party of a flow ('exports to Japan'), not the
    one that reports it ('arrivals to Jamaica'), or where travellers come from ("Korean
    arrivals"; "Hong Kong tourists" in an article about another `home`). (Kept: a
    sentence's subjects, topics and partners ask it of the same names.)"""
    if end is not None and _TRAVELLERS_AFTER.match(sentence, end):
        name = sentence[at: end]
        if name not in COUNTRY_SET or home is not None and name != home:
            return True
    if end is not None and (_MARKET_PREDICATE.match(sentence, end) or _MARKET_AFTER_NAME.match(sentence, end)):
        return True  # "Germany remained the top sales market": a market is where the flow goes
    if listed and _PARTNERS_WERE.search(sentence, 0, at):
        return True
    if end is not None and sentence.startswith("-bound", end):
        return True  # "U.S.-bound exports": the place a flow is bound for
    if _FLOW_PARTNER.search(sentence, max(0, at - 26), at) is not None:
        return _DESTINATION.search(sentence, max(0, at - 60), at) is None
    # "came from the United States, Saudi Arabia, UAE and Japan": a name coordinated after
    # a partner (past its bracketed figure) is another partner of the same flow
    before = [(a, b) for a, b, _ in _mentions(sentence) if b <= at]
    return bool(before) and _COORDINATED_AFTER.fullmatch(sentence, before[-1][1], at) is not None \
        and is_partner(sentence, *before[-1], home, listed)


# what joins two items of a list: a comma or "and", after the first's bracketed figure
# ("the leading export destination with $1.677 billion, followed by Italy": a ranking's next item)
_COORDINATED_AFTER = re.compile(r"(?:\s*\([^()]{0,80}\))?\s*(?:,|,?\s*(?:and|or)|&|,?\s*as\s+well\s+as)\s+(?:the\s+)?"
                                r"|(?:[^.;:()]|(?<=\d)\.(?=\d)){0,120}?,?\s+followed\s+by\s+(?:the\s+)?")


def partners_only(sentence: str, places: list[str], local: frozenset = frozenset(), home: Optional[str] = None) -> bool:
    """Every one of `places` is named in the sentence only as a flow's partner (or, in an
    article about another `home`, as where travellers come from: "Canada’s visitors")."""
    mentions = [(a, b, n) for a, b, n in _all_mentions(sentence, local) if n in places]
    return bool(mentions) and {n for *_, n in mentions} >= set(places) \
        and all(is_partner(sentence, a, b, home) for a, b, _ in mentions)


def figure_subjects(sentence: str, figures: list[tuple[int, int]], clauses: list[tuple[int, int]],
                    local: frozenset = frozenset()) -> list[Optional[list[str]]]:
    """The places each figure of a sentence is about: a name right after it ('98,452 in
    the UAE'), else the names in its clause that no other figure took, else those of the
    sentence that are not another clause's partners ('trade with the EU reached …');
    None when the sentence names no one for it (the paragraph's subject then applies)."""
    # "54 countries including Britain, the United States and Canada": examples of what is
    # counted are not what the figure is about
    names = tuple(n for n in _all_mentions(sentence, local) if not _EXAMPLES.search(sentence, max(0, n[0] - 60), n[0])
                  and not _EXCLUDED_BEFORE.search(sentence, max(0, n[0] - 30), n[0]))
    attached: dict[int, int] = {}
    for k, (_, end) in enumerate(figures):
        for i, (a, b, _) in enumerate(names):
            if end <= a <= end + 45 and i not in attached and _PLACE_AFTER.fullmatch(sentence, end, a) \
                    and not _opens_next_item(sentence, end, a, b, figures[k + 1:k + 2]):
                attached[i] = k
                break
    for k, (start, _) in enumerate(figures):
        if k in attached.values():
            continue
        for i, (a, b, _) in enumerate(names):
            # "followed by France (13.2 per cent)", "China with $5.1 billion": a name right
            # before its bracketed figure, or before "with" and the figure
            if i not in attached and b <= start <= b + 8 and _PLACE_BEFORE.fullmatch(sentence, b, start):
                attached[i] = k
                break
    for i, (_, _, n) in enumerate(names):  # "United Arab Emirates (UAE)": one place named twice
        taken = next((attached[j] for j in attached if names[j][2] == n), None)
        if taken is not None:
            attached.setdefault(i, taken)
    items = _list_items(sentence, figures, clauses, names, attached)
    out: list[Optional[list[str]]] = []
    for k, (start, _) in enumerate(figures):
        own = [n for i, (_, _, n) in enumerate(names) if attached.get(i) == k] or [names[i][2] for i in items.get(k, ())]
        if not own:
            clause = grammar.clause_of(clauses, start)
            own = [n for i, (a, _, n) in enumerate(names) if i not in attached and grammar.clause_of(clauses, a) == clause]
        if not own:
            head = _elaborated(sentence, figures, k)
            if head is not None and out[head]:
                out.append(out[head])  # "…, with imports totaling X": the places of the figure it details
                continue
            own = [n for i, (a, _, n) in enumerate(names) if i not in attached
                   and not _PARTNER_BEFORE.search(sentence, max(0, a - 20), a)]
        out.append(list(dict.fromkeys(own)) or None)
    return out


# "from the United Kingdom $90 million and from Germany $30 million": after a list's
# separator, a place right before the next figure heads that figure's item
_ITEM_SEPARATOR = re.compile(r"\s*(?:,|;|\band\b|\bwhile\b)", re.I)
_RIGHT_BEFORE_FIGURE = re.compile(r"\s*(?::\s*|\bat\s+|\bwith\s+)?[+\-−]?\s*$", re.I)


def _opens_next_item(sentence: str, end: int, a: int, b: int, following: list[tuple[int, int]]) -> bool:
    """The place at a..b, after the figure ending at `end`, heads the next figure's item:
    a list separator lies between the figure and the place, and only a colon, "at" or
    "with" between the place and the next figure."""
    if not following or following[0][0] - b > 8:
        return False
    return bool(_ITEM_SEPARATOR.match(sentence, end, a) and _RIGHT_BEFORE_FIGURE.fullmatch(sentence, b, following[0][0]))


# "The deficit with China stood at Rs 2.38 trillion, with imports totaling Rs 240.83 billion
# and exports Rs 22.74 billion", "a deficit of $5 billion with Japan, having imported goods
# worth": a clause that details the figure before it, of that figure's parties
_DETAILING = re.compile(r"(?:\s+(?:with|to|from)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?"
                        r"\s*,\s*(?:with|having)\s+[^;:()]*")


def _elaborated(sentence: str, figures: list[tuple[int, int]], k: int) -> Optional[int]:
    """The figure whose detailing clause figure k is in, if any."""
    for j in range(k - 1, -1, -1):
        if _DETAILING.fullmatch(sentence, figures[j][1], figures[k][0]):
            return j
    return None


# "the United States at $738 million (14.1%), followed by Canada with $3.6 million (0.9%)",
# "China took 30% of imports, Japan 12% and Korea 8%": in a list of places each with its
# figures, a figure is its own item's, the place nearest before it with no break of the
# list between (places coordinated with that one, "China, Japan and Korea took", are one item)
_ITEM_BREAK = re.compile(r"[,;]|\b(?:and|or|followed\s+by|while|whereas|but|then)\b", re.I)
_COORDINATED = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:the\s+)?")


def _list_items(sentence: str, figures: list[tuple[int, int]], clauses, names: tuple, attached: dict[int, int]) -> dict[int, list[int]]:
    """Figure index -> the indices of its item's names, for the figures of each clause that
    lists at least two places each with its figures, and names no place outside the items
    but before them (the party that reports the list: kept with every item)."""
    clauses = clauses or ((0, len(sentence)),)
    by_clause: dict[int, list[int]] = {}
    for k, (start, _) in enumerate(figures):
        by_clause.setdefault(grammar.clause_of(clauses, start), []).append(k)
    out: dict[int, list[int]] = {}
    for clause, ks in by_clause.items():
        a0, b0 = clauses[clause]
        inside = [i for i, (a, b, _) in enumerate(names) if a0 <= a and b <= b0]
        own: dict[int, list[int]] = {}
        prev_end, prev = a0, None
        for k in ks:
            start, end = figures[k]
            mine = [i for i, j in attached.items() if j == k]
            before = [i for i in inside if prev_end <= names[i][0] and names[i][1] <= start and i not in attached]
            # "16,787 visitors from the Netherlands, an increase of 17%": a place after the
            # figure before, with no break of the list between, is still that figure's item
            opens = prev is None or _ITEM_BREAK.search(sentence, prev_end, names[before[0]][0]) if before else False
            if not mine and opens and not _ITEM_BREAK.search(sentence, names[before[-1]][1], start):
                mine = [before[-1]]
                for i in reversed(before[:-1]):
                    if not _COORDINATED.fullmatch(sentence, names[i][1], names[mine[0]][0]):
                        break
                    mine.insert(0, i)
            elif not mine and not before and prev is not None:
                mine = own[prev]  # "at $738 million (14.1%)": the next figure of the same item
            own[k], prev_end, prev = mine, end, k
        taken = {i for m in own.values() for i in m}
        if len({names[i][2] for i in taken}) < 2 or not taken:
            continue
        first = min(names[i][0] for i in taken)
        if any(i not in taken and i not in attached and names[i][0] > first for i in inside):
            continue  # a place no item takes, inside the list: not a list of places and figures
        lead = [i for i in inside if i not in taken and i not in attached and names[i][0] < first]
        out.update({k: [*lead, *m] for k, m in own.items() if m and not any(attached.get(i) == k for i in m)})
    return out


# "Cotonou Port handled 6.7m tons", "Praia's Nelson Mandela International Airport experienced
# a 3.2% increase": a proper name headed by a noun of a port, an airport, a carrier, a company
# or a province, as the subject of the figure's clause, is what the figure is about (the
# country's own series is another). Banks, ministries and authorities are left out: they
# mostly report or set the country's figures ("the Bank of Ghana raised its rate to 27%").
_CAP = r"[A-ZÀ-Þ][\w'’.&-]*"
_ENTITY_SUBJECT = lazy(r"[\s,;:—–•·-]*(?:(?:and|but|while|whereas|meanwhile)\s+)?(?:[Tt]he\s+)?"
                       r"(?:" + _CAP + r"(?:\s+" + _CAP + r"){0,2}['’]s?\s+)?"
                       r"(?P<entity>(?:(?:" + _CAP + r"\s+){1,5}?(?:Port|Airport|Airlines|Airways|Harbou?r|Terminal|Group|Ltd|"
                       r"Limited|Inc|Corp|Corporation|Company|Holdings|Province|Region|County|District)"
                       # "Emirates airline reported": a name before a common noun of a carrier ("the airline" names none)
                       r"|(?!(?:The|This|That|Its|Their|Our|Each|Every|Another)\s)(?:" + _CAP + r"\s+){1,3}?(?:airline|carrier))"
                       r"(?:\s+of\s+" + _CAP + r"(?:\s+" + _CAP + r"){0,2})?)\.?"
                       r"(?=\s+(?:[a-z]|[A-Z][a-z]+(?:s|ed)\b))")
# ", while the airport …", "but Praia's …": a clause that opens with a subject of its own
_OWN_SUBJECT = lazy(r"[\s,;—–]*(?:while|whereas|but|although|though|because|which|who)\b", re.I)


def entity_subjects(sentence: str, figures: list[tuple[int, int]], clauses) -> list[Optional[tuple[int, int]]]:
    """The span of the named port, airport, carrier, company or province that is the subject
    of each figure's clause: the clause opens with one before the figure, or continues one
    that does ("…, with an 8.5% increase") without a subject of its own."""
    clauses = clauses or ((0, len(sentence)),)
    out: list[Optional[tuple[int, int]]] = []
    opening: dict[int, tuple] = {}  # what each clause opens with, read once for all the figures
    for start, _ in figures:
        found = None
        for i in range(grammar.clause_of(clauses, start), -1, -1):
            if i not in opening:
                at = clauses[i][0]
                opening[i] = (_ENTITY_SUBJECT.match(sentence, at), _OWN_SUBJECT.match(sentence, at) is not None)
            m, own_subject = opening[i]
            if m and m.end() <= start:
                found = m.span("entity")
                break
            if own_subject:
                break
        out.append(found)
    return out


def is_name(text: str) -> bool:
    """The whole text is one known place or organisation ('British Columbia' is not)."""
    return bool(_SUBJECT_RE.fullmatch(re.sub(r"^the\s+", "", text.strip(), flags=re.I)))


# --- metric -----------------------------------------------------------------

_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these",
                "those", "total", "overall", "combined", "some", "all"}
_STOP = {
    "of", "in", "at", "to", "for", "from", "with", "by", "on", "and", "or", "that", "which", "who",
    "were", "was", "have", "has", "had", "are", "is", "will", "would", "could", "should", "may",
    "might", "be", "been", "being", "as", "than", "while", "since", "during", "including", "into",
    "across", "between", "among", "per", "each", "a", "an", "the", "this", "these", "those", "its",
    "their", "his", "her", "over", "under", "up", "down", "last", "next", "year", "so", "but", "if",
    "when", "where", "after", "before", "via", "amid", "through", "toward", "towards", "against",
    "compared", "according", "respectively", "now", "also", "only", "nearly", "about", "around",
    "more", "less", "than", "some", "such", "both", "all", "not", "no",
}
VERBS = (
    r"rose|rise|rises|rising|risen|fell|fall|falls|falling|fallen|grew|grow|grows|growing|grown|"
    r"increased|increase|increases|increasing|decreased|decrease|decreases|decreasing|declined|"
    r"decline|declines|declining|dropped|drop|drops|dropping|climbed|climb|climbs|climbing|jumped|"
    r"jump|jumps|jumping|surged|surge|surges|surging|slipped|slip|slips|slid|slide|slides|plunged|"
    r"plunge|plunges|soared|soar|soars|expanded|expand|expands|expanding|contracted|contract|"
    r"contracts|shrank|shrink|shrinks|reached|reach|reaches|reaching|hit|hits|hitting|stood|stand|"
    r"stands|standing|totall?ed|total|totals|totall?ing|amounted|amount|amounts|amounting|was|were|"
    r"is|are|be|been|came|comes|coming|recorded|recording|registered|register|"
    r"registers|exceeded|exceed|exceeds|exceeding|topped|top|tops|surpassed|surpass|surpasses|crossed|accounted|accounts|accounting|"
    r"made|makes|making|represented|represents|hold|holds|held|holding|recovering|recovered|"
    r"recover|recovers|rebounded|rebound|edged|edge|eased|ease|eases|easing|widened|narrowed|"
    r"gained|gain|gains|lost|lose|loses|added|add|adds|saw|see|sees|posted|post|posts|"
    r"generated|generate|generates|earned|earn|earns|attracted|attract|attracts|received|receive|"
    r"receives|raised|raise|raises|cut|cuts|doubled|tripled|valued|worth|estimated|projected|"
    r"forecast|expected|set|sets|ended|end|ends|closed|close|closes|finished|stayed|remained|"
    r"remain|remains|slowed|slow|slows|accelerated|accelerate|quickened|hovered|dipped|dip|dips|"
    r"tumbled|tumble|sank|sink|rallied|spent|spend|spends|invested|invest|invests|exported|went|goes|moved|"
    r"ticked|inched|crept|"
    r"imported|sold|sell|sells|bought|buy|buys|produced|produce|produces|reported|reports|report|showed|shows"
)
_VERB_RE = re.compile(rf"\b(?:{VERBS})\b", re.I)


def _expand(alternative: str) -> set[str]:
    """'totall?ed' → {'totaled', 'totalled'} (the only regex syntax VERBS uses)."""
    m = re.search(r"(.)\?", alternative)
    if not m:
        return {alternative}
    head, tail = alternative[: m.start()], alternative[m.end():]
    return _expand(head + m.group(1) + tail) | _expand(head + tail)


# A word set answers "is this a verb?" far faster than the alternation regex.
VERB_WORDS = frozenset(w for alt in VERBS.split("|") for w in _expand(alt.strip()))
_WORDS_RE = re.compile(r"[A-Za-z]+")


def last_verb(text: str) -> Optional[re.Match]:
    last = None
    irregular = grammar.closed("verb")
    for m in _WORDS_RE.finditer(text):
        low = m.group(0).lower()
        if low in VERB_WORDS or low in irregular:
            last = m
    return last
_WORD = re.compile(r"[A-Za-z][\w'’.-]*|[,;:()—–\"“”]")


def lower_opening(phrase: str) -> str:
    """A phrase whose first word is capitalised only because it opens a line, a label or a
    quotation ("Capital expenditure", "Revenues from exports of") with that capital
    lowered; a name ("Japan", "GDP") kept."""
    first = phrase.split(None, 1)[0] if phrase.strip() else ""
    word = first.strip(",;:")
    if word[:1].isupper() and word[1:].islower() and not subjects(word):
        return first.lower() + phrase[len(first):]
    return phrase


def clean_phrase(words: list[str]) -> str:
    while words and words[0].lower() in _DETERMINERS | {"and", "with", "of"}:
        words = words[1:]
    while words and words[-1].lower() in _STOP:
        words = words[:-1]
    out = " ".join(words)
    out = _POSSESSOR_FIRST.sub("", out)  # "China's exports" → "exports"
    return out.strip(" ,;:")


_NAME = r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
_PARTIES = re.compile(rf"\s+(?:between|with|among|and|to|from|in|into)\s+{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*(?:\s+countries)?\s*$")


# an auxiliary or linking verb that ends a subject's verb group ("exports were", "it has"), and
# a participle or adjective after "is"/"was" ("is estimated", "was seen to"): one list each,
# for the pattern and for the last words it can end in
_AUXILIARIES = ("is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could",
                "should", "may", "might", "remains", "remained", "stays", "stayed", "seems", "seemed")
_AFTER_BE = (*grammar.FORECAST_PARTICIPLES, "seen", "set", "likely", "pegged", "put", "thought", "believed", "reported",
             "said", "bound", "poised", "due", "slated")
_AUXILIARY_END = re.compile(r",?\s+(?:expected|forecast|projected|set|likely|seen|poised|due|slated)\s+to\s*$"  # "revenues, expected to climb"
                            r"|\s+(?:continued|continues|continue|began|begins|started|starts|kept|keeps)\s+to\s*$"  # "the surplus continued to rise"
                            r"|\s+(?:" + "|".join(_AUXILIARIES) + r"|(?:is|are|was|were|been)\s+(?:" + "|".join(_AFTER_BE)
                            + r")(?:\s+to)?|came\s+in)\s*$", re.I)
# its last words (the search tries every position of a long text otherwise)
_AUXILIARY_END = ends_with(_AUXILIARY_END, ("to", "in", *_AUXILIARIES, *_AFTER_BE))
_VERB_GROUP_ADVERB = re.compile(r"(\s(?:has|had|have|was|were|is|are|will))\s+(?:also|further|again|already|still|just|only|"
                                r"even|slightly|significantly|sharply|steadily|substantially|considerably|marginally|now|"
                                # "have reportedly amounted", "was officially put": an -ly adverb (not an
                                # adjective of time: "monthly", "early")
                                r"(?!(?:monthly|weekly|daily|yearly|quarterly|early|only|family|supply|July|Italy|rally)\b)"
                                r"[a-z]{3,}ly)\s*$", re.I)
# "The tax burden, for its part, will increase", "Exports, meanwhile, rose": a discourse
# adverbial between commas after the subject
_DISCOURSE_ASIDE_END = re.compile(r"\s*,\s*(?:for\s+(?:its|their|his|her|our|my)\s+part|however|meanwhile|in\s+turn|"
                                  r"on\s+the\s+other\s+hand|by\s+contrast|in\s+contrast|too|therefore|though|"
                                  r"in\s+particular|as\s+a\s+result|moreover|furthermore|likewise|similarly|"
                                  r"nonetheless|nevertheless|instead|in\s+addition|additionally|consequently|"
                                  r"(?:according\s+to|says|said)\s+[^,;()\d]{1,40})\s*,\s*$", re.I)
# "The budget, initially set at 11,694.4 billion, was re-evaluated to": a participle of the
# subject's first figure between commas; "The budget, initially set at": its opening
_FIGURE_ASIDE_END = re.compile(r"\s*,\s*(?:(?:initially|originally|previously|first|earlier|officially)\s+)?"
                               r"(?:set|put|estimated|projected|pegged|fixed|valued|budgeted|forecast|planned)\s+at\s+"
                               r"[^,;()]{1,40},\s*$|\s*,\s*(?:initially|originally|previously|first|earlier|officially)\s*$", re.I)
# "The trade balance was negative and amounted to": a predicate adjective coordinated
# before the verb that states the figure
_COPULA_AND_END = re.compile(r"\s+(?:was|were|is|are|remained|remains|stayed|stays)\s+(?:again\s+|still\s+)?"
                             r"[a-z]{3,}\s+and\s*$", re.I)
_PRE_VERB_ADVERB = re.compile(r"\s+(?:almost|nearly|roughly|about|also|further|again)\s*$", re.I)
_REPORTING = frozenset({"said", "says", "say", "noted", "notes", "added", "adds", "told", "tells", "showed", "shows",
                        "announced", "announces", "stated", "states", "estimated", "estimates", "reported", "reports",
                        "revealed", "reveals", "indicated", "indicates", "confirmed", "confirms", "that"})
_TIME_PP = lazy(  # lazy for its gate: each match begins at a space or a comma
    r"(?:\s*,)?\s+(?:in|during|for|over|by)\s+(?:the\s+)?(?:(?:first|second|third|fourth)\s+(?:half|quarter)\s+(?:of\s+)?)?"
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+)?(?:19|20)\d{2}\s*,?\s*$"
    r"|\s+(?:last|this)\s+(?:year|month|quarter)\s*,?\s*$"
    # "Total exports of goods in January–May were", "imports … for this period amounted to"
    r"|\s+(?:in|during|for|over)\s+(?:the\s+)?(?:period\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
    r"(?:\s*[-–]\s*|\s+to\s+)(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+(?:19|20)\d{2})?\s*,?\s*$"
    r"|\s+(?:in|during|for|over)\s+(?:this|that|the)\s+(?:same\s+|whole\s+|reporting\s+)?period(?:\s+under\s+review)?\s*,?\s*$")


# "trade with countries along the Belt and Road Initiative": a prepositional phrase that
# names someone (a capitalised word) before the verb belongs to the subject, not the metric
_PARTIES_LOOSE = re.compile(r"\s+(?:between|with|among|to|from)\s+(?:[a-z][\w'’-]*\s+){0,4}(?:the\s+)?[A-Z][^,;\d]*$")


# the figures a verb may pass on its way to this one: the change on the way to a level
# ("edged 0.4 percent at 1.21 trillion", "increased $2.6 billion to $63.7 billion") and a
# restatement ("increased $13.3 billion or 7.4 percent")
_CHANGE_THEN_LEVEL = re.compile(r"\d[^,;\d]{0,30}\b(?:to|at)\s+(?:about\s+|around\s+|nearly\s+)?"
                                r"(?:(?:a|an|the)\s+)?(?:(?:record|new|fresh)\s+)?(?:high\s+of\s+|low\s+of\s+)?$"
                                r"|\d[^,;]{0,25}\b(?:or|\()\s*(?:about\s+|around\s+|some\s+)?$", re.I)


# "policy spending, which accounts for …, will be", "the foreign-invested sector, including crude
# oil, accounted for": a clause or phrase set off by commas between the subject and its verb
_ADVERBIAL_START = re.compile(r"\s*(?:but|and|while|whereas|although|though|according|compared|as|with|at|in|on|by|"
                              r"for|from|after|before|despite|unlike|however|meanwhile)\b", re.I)
# a contrasting clause with a subject of its own, words without a figure then a verb of
# change ("while non-oil revenues increased by 6%")
_CONTRASTED_CLAUSE = re.compile(r"\s*(?:while|whereas|but)\s+((?:[A-Za-z][\w'’-]*\s+){1,5}?(?:[a-z]+ed|rose|fell|grew)\b.*)$", re.I)
_ADVERBIAL_THEN_PAIR = re.compile(r"(?:[^,;:\d()]|(?:19|20)\d\d){0,60}?\s*(?:,|--|—|–)\s*from\s+(?:about\s+|around\s+|nearly\s+|some\s+)?"
                                  r"[^\s\d]{0,4}\s?")
# (a year after the percentage is no other figure: "up 3% compared with 2023")
_PERCENT_FIGURE = re.compile(r"\d[\d.,]*\s*(?:%|per\s*cent\b|percent\b|pc\b|percentage\s+points?\b)[^\d]*(?:(?<!\d)(?:19|20)\d\d(?!\d)[^\d]*)*$", re.I)
# the nouns of change a series follows after "in" ("a 5% rise in exports")
_CHANGE_NOUNS_IN = ("rise|increase|growth|gain|jump|surge|hike|decline|decrease|drop|fall|downturn|slump|"
                    "contraction|dip|reduction")
_PERCENT_CHANGE_IN = re.compile(r"\d[\d.,]*\s*(?:%|per\s*cent\b|percent\b|pc\b)\s+(?:[a-z]+\s+)?"
                                r"(?:" + _CHANGE_NOUNS_IN + r")\s+in\s+(?P<np>[^,;()\d]+)$", re.I)
# "reported a modest growth in cargo throughput for 2024", "recorded growth of 21 per cent in
# the tonnage handled": a noun of change whose series follows its "in", at the end of the
# clause a participle then continues (a year may close the series' phrase; no other figure)
_CHANGE_IN_SERIES_END = re.compile(r"\b(?:" + _CHANGE_NOUNS_IN + r"|uptick|upturn|expansion)"
                                   r"(?:\s+of\s+(?:about\s+|around\s+|nearly\s+|some\s+|over\s+|almost\s+)?[\d.,]+\s*(?:%|per\s*cent\b|percent\b|pc\b))?"
                                   r"\s+in\s+(?P<np>(?:[^,;()\d]|(?<!\d)(?:19|20)\d\d(?!\d))+)$", re.I)
_OF_NOUN = re.compile(r"\s+of\s+(?!(?:the\s+)?(?:same|previous|last|first|year|month|quarter|period)\b)(?:the\s+)?([a-z][^,;()\d]*)")
# "…, driven by a rise in oil prices": a noun of change that says why, not what moved
# ("Imports fell at a slower pace compared with the drop in exports, totalling …": the other
# side of a comparison names another series)
_CAUSE_BEFORE = re.compile(r"\b(?:by|amid|despite|after|following|to|thanks\s+to|owing\s+to|due\s+to|because\s+of|"
                           r"on\s+the\s+back\s+of|compared\s+(?:with|to)|than|against|versus|unlike|relative\s+to|"
                           r"in\s+contrast\s+(?:with|to)|as\s+opposed\s+to)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
_PARTICIPLE_HOW_MUCH = re.compile(r",\s*(?:reaching|totall?ing|amounting\s+to|standing\s+at|hitting)(?P<tail>\s+(?:a|the)\s+"
                                  r"(?:combined\s+|new\s+|record\s+)?(?:total|level)\s+of\s+"
                                  r"(?:about\s+|around\s+|nearly\s+|some\s+|over\s+|almost\s+|more\s+than\s+)?)[^\s\d]{0,4}\s*$", re.I)
_LEVEL_PARTICIPLES = frozenset({"totaling", "totalling", "reaching", "amounting", "standing", "hitting", "coming"})
# "The surplus rose for a second month, registering 44 billion riyals": a participle of
# recording right before its figure states a level too ("registering a rise of 5%" names
# its object instead)
_RECORDING_PARTICIPLES = frozenset({"registering", "recording", "posting"})
_CHANGE_STATED_BEFORE = re.compile(r"\d\s*(?:%|per\s*cent\b|percent\b|pc\b)(?:\s+(?:compared|against|versus|year|over)\b[^,;\d]*"
                                   r"(?:(?:19|20)\d\d[^,;\d]*)?)?\s*,\s*$", re.I)
_FROM_ONLY = re.compile(r"\s+from\s+(?:(?:about|around|nearly|almost|some|over|roughly|just)\s+)?[^\s\d]{0,4}\s*")
_A_YEAR_IN = re.compile(r"(?<![\d.,$€£¥])(?:19|20)\d\d(?![\d%.,])")
# a verb of continuing or starting before a verb of change: "kept falling", "continued to rise"
_CONTINUING_END = re.compile(r"\s+(?:kept(?:\s+on)?|went\s+on|continued(?:\s+to)?|began(?:\s+to)?|started(?:\s+to)?)\s+$", re.I)


def _change_verb(clause: str) -> Optional["_Span"]:
    """The first verb of change in a clause the verb lexicon reads none in ("Copper shipments
    weakened in August"), or None."""
    for m in re.finditer(r"[A-Za-z]+", clause):
        if m.group(0).lower().endswith(("ed", "ing")) and grammar.change_direction(m.group(0)):
            return _Span(m.start(), m.end())
    return None


_BY_ONLY = re.compile(r"\s+(?:by\s+)?(?:(?:about|around|nearly|almost|some|over|roughly|just)\s+)?(?:[A-Z]{0,3}[^\s\w]{0,2})\s*")
_APPROX_ONLY = re.compile(r"\s+(?:(?:about|around|nearly|almost|some|over|roughly|just)\s+)?[^\s\d]{0,4}\s*")
_ADVERBS_THEN_PAIR = re.compile(r"(?:\s+(?:only|just|[a-z]+ly))+\s*,\s*(?:from|by|to)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?")
# "The deficit for the year, which ended on June 30, 2021, was": the comma of a date is no
# end of the clause; "production as reported by the Institute, was": a participle after "as"
_RELATIVE_END = re.compile(r"(?:,|\s+as)\s*(?:which|who|including|excluding|led\s+by|driven\s+by|such\s+as|according\s+to|to\s+be|"
                           r"[a-z]+ed\s+(?:by|to|in|at|on|for|from|with))\b(?:[^,;]|,\s*(?=(?:19|20)\d\d\b))*,\s*$")
# "Exports to the US – 11.9 percent of the total – plunged": an aside between dashes
_DASH_ASIDE_END = re.compile(r"\s+[–—-]\s+[^–—;]{1,80}?\s+[–—-]\s*$")
# "Imports of intermediate goods, which include fuel, metals and parts, rose": a relative
# clause whose own list has commas (no figure in it)
_RELATIVE_LIST_END = re.compile(r",[”\"’']?\s*(?:which|who)\s+[^;()\d]{1,120}?,\s*$")
# "The average price of wheat, another good Brazil imports, fell": an apposition between subject and verb
_VERB_ADVERBIALS = re.compile(r"^(?:\s+for\s+(?:the\s+|a\s+)?\w+\s+(?:consecutive|straight|successive|running)\s+"
                              r"(?:months?|quarters?|years?|weeks?|times?)"
                              r"|\s+(?:in|during)\s+(?:the\s+month\s+of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
                              r"(?:,?\s+(?:19|20)\d\d)?)+\s*,?(?=\s+(?:by|to|at)\b)")
_INNER_CLAUSE = re.compile(r"(?<=[a-z])(?<!\bof)(?<!\bin)(?<!\bon)(?<!\bat)(?<!\bto)(?<!\bby)(?<!\bfor)(?<!\bfrom)(?<!\bwith)"
                           r"\s+(?:which\s+(?!is\b|was\b|are\b|were\b)[a-z][^,;()]{2,80}"
                           r"|(?:over|in|during)\s+the\s+(?:specified|reviewed|reporting|review|corresponding|given)\s+period"
                           r"(?:\s+compared\s+(?:to|with)\s+[^,;()\d]{0,30}(?:(?:19|20)\d\d)?)?"
                           r"|compared\s+(?:to|with)\s+(?:the\s+)?(?:same\s+period\s+(?:of|in)\s+|[A-Z][a-z]+(?:[-–][A-Z][a-z]+)?\s+)?(?:19|20)\d\d)\s*$")
_INNER_CLAUSE = triggered(_INNER_CLAUSE, ("which", "period", "compared"))  # one of its three phrases' words
# "Cash remittances, or transfers through banks, totaled": "or" restates the subject
# "The deficit with China, Nepal's second-largest trading partner, stood at": an apposition
# opened by a possessor names the party, not the series
_APPOSITION_END = re.compile(r"(?<=[A-Za-z]),\s*(?:another|a|an|one|the|or|i\.e\.|its|their|[A-Z][\w.-]*['’]s)\s+[^,;()\d]{1,60},\s*$")
_ROLE_OBJECT = re.compile(r"(?:(?:annual|average|negative|positive|real|nominal)\s+)?(?:growth(?:\s+rate)?|rate\s+of\s+growth|"
                          r"increase|rise|decline|share|proportion)", re.I)


def _change_in_series(clause: str) -> Optional[str]:
    """The series a noun of change closing the clause names after its "in" (_CHANGE_IN_SERIES_END),
    unless the change is a cause ("driven by a rise in oil prices"), else None."""
    clause = clause.rstrip().rstrip(",")
    change = _CHANGE_IN_SERIES_END.search(clause[-200:])
    if change is None:
        return None
    before = clause[-200:][: change.start()]
    if _CAUSE_BEFORE.search(before):
        return None
    text = change.group("np")
    np = noun_phrase_after(text)
    of = _OF_NOUN.match(text, text.find(np) + len(np)) if np and np in text else None
    more = noun_phrase_after(of.group(1)) if of else None
    # "growth in the tonnage of cargo handled": the noun after "of" tells the series apart
    # from other tonnages (vessel tonnage); without it the part would read as their whole
    return f"{np} of {more}" if more else np


class _Span:
    """A (start, end) pair that reads like a regex match, for the verb found by position."""

    def __init__(self, start: int, end: int):
        self._s, self._e = start, end

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e


# "China's exports", and "the Gulf country's nominal GDP", "the Pacific island nation's
# exports": a place named by what it is, after an adjective of its region, owns the series
_POSSESSOR_FIRST = re.compile(r"^(?:[A-Z][\w.-]*|(?:[A-Z][\w.-]*\s+){1,2}(?:[a-z]+\s+)?"
                              r"(?:country|nation|kingdom|island|state|republic|emirate|sultanate|territory))['’]s\s+")
_DETERMINER_END = ends_with(re.compile(r"\b(?:the|a|an|its|their|this|that)\s+$", re.I),
                            ("the", "a", "an", "its", "their", "this", "that"))
_OBJECT_OF = re.compile(r"\s*(?:(?:a|an|the|its|their|his|her)\s+)?(?:record\s+|new\s+|total\s+)?((?:[A-Za-z][\w'’-]*\s+){0,3}[A-Za-z][\w'’-]*)\s+(?:of|at)\s+"
                        r"(?:about\s+|around\s+|some\s+|nearly\s+|over\s+|more\s+than\s+|almost\s+)?")
_DIGIT = re.compile(r"\d")
_BRACKETED = re.compile(r"\s*\([^()]{0,80}\)")


#: Nouns of what holds a balance of its own: "the services sector", "the current account",
#: "the state budget" (a one-word "balance" or "sector" names none of them).
_BALANCE_HOLDERS = {"balance": 2, "account": 2, "sector": 2, "budget": 1}


def _balance_holder(subject: Optional[str]) -> Optional[str]:
    """The words a surplus or deficit takes from the subject that posted it: "primary
    balance", "travel account", "state budget"; a sector by what it is of ("the oil and gas
    sector" → "oil and gas": its deficit is the balance of its exports and imports)."""
    if subject and " of " in subject:
        # "the current account of the balance of payments": the head before its "of" phrase
        subject = subject.split(" of ", 1)[0]
    words = subject.split() if subject else []
    if not words or len(words) < _BALANCE_HOLDERS.get(words[-1].lower(), len(words) + 1):
        return None
    return " ".join(words[:-1]) if words[-1].lower() == "sector" else subject


@functools.lru_cache(maxsize=4096)
def noun_phrase_before(left: str, max_words: int = 5) -> Optional[str]:
    """The noun phrase heading the verb that introduces the number:
    'bilateral trade rose to' → 'bilateral trade'; 'with total tourism spending reaching' →
    'total tourism spending'."""
    left = left[-160:]  # the verb governing the number is near it
    how_much = _PARTICIPLE_HOW_MUCH.search(left) if "total" in left[-40:] or "level" in left[-40:] else None
    if how_much:
        # "…, reaching a total of": the noun only says how much; the participle states the figure
        left = left[: how_much.start("tail")] + " "
    # The verb slot is open: a verb of any form right before the number heads it
    # ("Exports skidded 11.3%"); else the last verb the lexicon knows.
    slot = grammar.verb_slot(left)
    verb = _Span(*slot) if slot else last_verb(left)
    if verb is None:
        return None
    if _DETERMINER_END.search(left, 0, verb.start()):
        return None  # "the top 10", "a rise": after a determiner the word is a noun, not the verb
    participle = left[verb.start(): verb.end()].lower()
    if (participle in _LEVEL_PARTICIPLES or participle in _RECORDING_PARTICIPLES and _APPROX_ONLY.fullmatch(left, verb.end())
            # "… dropped by 0.1 per cent compared with 2023, decreasing from JD4.4 billion": a
            # participle of change after its clause's own percentage states the pair of levels
            # of that clause's subject (after a noun, "capital spending, dropping from", or
            # "growth of 21 per cent in the tonnage, rising from", of that noun)
            or participle.endswith("ing") and grammar.change_direction(participle) and _FROM_ONLY.fullmatch(left, verb.end())
            and (_CHANGE_STATED_BEFORE.search(left[: verb.start()]) or _change_in_series(left[: verb.start()]))
            # "Thai exports kept contracting in May, dropping 5% year-on-year": a participle of
            # change right before its own figure states the change of the main clause's subject
            or participle.endswith("ing") and grammar.change_direction(participle) and _BY_ONLY.fullmatch(left, verb.end())) \
            and left[: verb.start()].rstrip().endswith(","):
        # "Imports also decreased, but more slowly than exports, totalling $27 billion": a
        # participle set off by a comma states a level of the main clause's subject
        # the main clause: the last comma-delimited stretch that is not an adverbial or a
        # coordinated aside ("According to the report, exports fell 3%, reaching …")
        clauses = [c for c in left[: verb.start()].split(",") if c.strip() and not _ADVERBIAL_START.match(c)]
        main = clauses[-1] if clauses else ""
        contrast = _CONTRASTED_CLAUSE.match(left[: verb.start()].rstrip().rstrip(",").rsplit(",", 1)[-1])
        if contrast and last_verb(contrast.group(1)):
            # "oil revenues reached $395 billion, while non-oil revenues increased by 6
            # percent, recording $252 billion": the clause right before the participle is a
            # main clause of its own (a subject, then a verb the lexicon knows), not an aside
            # ("but at a slower pace compared to exports")
            main = contrast.group(1)
        # "Oil revenues accounted for 57% of income, totaling …", "exports fell 3%, reaching
        # …": a percentage in the clause is its subject's share or change, and the level the
        # participle states is the subject's too (another figure may be a series of its own)
        series = _change_in_series(main)
        if series:
            # "The port reported a modest growth in cargo throughput, reaching …": the level
            # the participle states is that of the series the clause's noun of change names,
            # not of its subject (the reporter)
            return series
        figure = _DIGIT.search(main)
        if figure and _PERCENT_FIGURE.match(main, figure.start()):
            change = _PERCENT_CHANGE_IN.match(main, figure.start())
            if change:
                # "The agency reported a 17.1% downturn in commodity exports, amounting to …":
                # the noun of change names its series after "in"; the reporter is no series
                return noun_phrase_after(change.group("np"))
            main = main[: figure.start()]
        # a year is no figure of the clause ("Exports kept falling in 2024, sliding 7%")
        # (only for a change the participle states itself: a level participle after a clause with a
        # year, "remained unchanged in 1999 …, amounting to $1.58 billion in exports", names its own)
        own_change = bool(participle.endswith("ing") and grammar.change_direction(participle)
                          and _BY_ONLY.fullmatch(left, verb.end()))
        main_verb = None if _DIGIT.search(_A_YEAR_IN.sub(" ", main) if own_change else main) \
            else last_verb(main) or _change_verb(main)
        if main_verb is None:
            return None
        # "Vehicle exports kept falling in March, sliding 7%": a verb of continuing before the
        # verb of change belongs to its group, not between a subject and its verb
        head = _CONTINUING_END.sub(" ", main[: main_verb.start()])
        return noun_phrase_before(head + main[main_verb.start(): main_verb.end()] + " ")
    # "dropped for the fifth consecutive month in May, by 5%": adverbials of duration and
    # time between the verb and its figure
    between = _VERB_ADVERBIALS.sub(" ", left[verb.end():])
    # "reported a net profit of EUR4.1 billion": the object names the figure
    # "projected total expenditure at Rs 24.57 lakh crore", "put the revenue receipts at"
    # "posted a trade deficit (FOB/CIF) of": a bracketed qualifier after the object's noun
    obj = _OBJECT_OF.fullmatch(_BRACKETED.sub("", between) if "(" in between else between)
    if obj and not _VERB_RE.search(obj.group(1)) and not grammar.is_rate_phrase(between) \
            and obj.group(1).lower() not in _STATES \
            and not all(w.lower() in grammar.closed("prep", "qual") for w in obj.group(1).split()):
        named = clean_phrase(obj.group(1).split()) or None
        if named and named.lower() in ("surplus", "deficit"):
            # "The primary balance posted a surplus of", "the travel account recorded a surplus
            # of", "the state budget showed a deficit of": the balance of the account the
            # subject names (a bare "surplus" would be the trade balance's or any other's)
            subject = noun_phrase_before(left[: verb.start()] + " is ")
            held = _balance_holder(subject)
            if held:
                return f"{held} {named.lower()}"
        if named and _ROLE_OBJECT.fullmatch(named):
            # "net national income registered a growth rate of 10 percent": the object only
            # says what the number is; the subject names the series
            subject = noun_phrase_before(left[: verb.start()] + " is ")
            return f"{subject} {'growth' if 'growth' in named.lower() else named.lower()}" if subject else named
        return named
    if _ADVERBS_THEN_PAIR.fullmatch(between) or _ADVERBIAL_THEN_PAIR.fullmatch(between):
        # "will rise only marginally, from 28.6 trillion yen to", "more than doubled over the
        # same period, from 88,100 to": adverbials, then the pair
        between = " "
    if "," in between or ";" in between or len(between.split()) > 6 or (
            _DIGIT.search(between) and not _CHANGE_THEN_LEVEL.search(between)):
        # another figure between ("rose by 7.1 percent and imports by …" is gapped), unless
        # it is the change on the way to this level ("edged 0.4 percent to 1.21 trillion")
        return None
    head = left[: verb.start()]
    # "The deal is worth", "exports have risen": the verb group starts at its auxiliary
    while True:
        # "has also increased", "have further risen": an adverb inside the verb group
        head = _VERB_GROUP_ADVERB.sub(r"\1", head)
        head = _PRE_VERB_ADVERB.sub("", head)  # "almost tripled", "nearly halved"
        aux = _AUXILIARY_END.search(head)
        if not aux:
            stripped = _FIGURE_ASIDE_END.sub("", _COPULA_AND_END.sub("", _DISCOURSE_ASIDE_END.sub("", head)))
            if stripped == head:
                break
            head = stripped
            continue
        head = head[: aux.start()]
    # "Coal production in 1957 reached": a time phrase between subject and verb; "policy
    # spending, which accounts for over 70 percent of the budget, will be": a relative clause
    head = _TIME_PP.sub("", head)
    head = _DASH_ASIDE_END.sub(" ", head)
    head = _RELATIVE_END.sub("", head)
    head = _RELATIVE_LIST_END.sub("", head)
    head = _APPOSITION_END.sub(" ", head)
    # "exports which mainly comprise copper rose", "exports over the period compared to
    # January-May 2022 fell": a relative clause or a comparison between subject and verb
    head = _INNER_CLAUSE.sub("", head) if _INNER_CLAUSE.may_match(head) else head
    # "trade between China and Russia rose", "trade with the EU reached": the parties
    # are the subject; the metric is the noun phrase before them.
    found = [m for m in (_PARTIES.search(head), _PARTIES_LOOSE.search(head)) if m and subjects(m.group(0))]
    parties = min(found, key=lambda m: m.start()) if found else None  # the whole phrase, not its tail
    if parties and head[: parties.start()].strip():
        head = head[: parties.start()]
    # "The GDP at constant (2011-12) prices", "Total imports of goods (from EU member states
    # and from third countries) for this period amounted to"
    head = _BRACKETED.sub("", head)
    head = _TIME_PP.sub("", head)
    phrase = grammar.subject_phrase(head)
    if not phrase:
        return None
    return clean_phrase(phrase.split()) or None


# Words of the verb list that are nouns or adjectives after a possessive or determiner:
# "China's total trade volume", "a record high", "the top exporter".
_NOUNS_TOO = frozenset({"total", "record", "top", "report", "post", "set", "end", "close", "cut", "hit", "rise", "fall",
                        "increase", "decline", "drop", "growth", "gain", "sales", "exports", "imports", "trade", "output",
                        "surplus", "deficit", "balance", "spending", "investment"})


# "remained steady at 5.7%": a state, not what is measured
_STATES = frozenset({"steady", "unchanged", "flat", "stable", "constant", "firm", "higher", "lower", "high", "low",
                     "level", "close", "put", "pegged", "seen", *grammar.FORECAST_PARTICIPLES})


_LETTER = re.compile(r"[A-Za-z]")
_YEAR_TOKEN = re.compile(r"(?:19|20)\d{2}")


def noun_phrase_after(right: str, max_words: int = 6) -> Optional[str]:
    """'of the domestic market share.' → 'domestic market share'."""
    tokens = _WORD.findall(right)
    words: list[str] = []
    for tok in tokens:
        if not _LETTER.match(tok):
            break
        low = tok.lower()
        if words and (low in _STOP or (_VERB_RE.fullmatch(tok) and low not in _NOUNS_TOO)
                      or (low.endswith("ed") and len(low) > 4 and not grammar._ATTRIBUTIVE_PARTICIPLE(low))):
            break
        if not words and low in _DETERMINERS:
            continue
        if _YEAR_TOKEN.fullmatch(tok):
            break
        words.append(tok)
        if len(words) >= max_words:
            break
    phrase = clean_phrase(words)
    return phrase or None


_SAYING_ADD = frozenset({"add", "adds", "added", "adding"})  # before 'that', 'add' reports speech


def direction(text: str, window: Optional[int] = None) -> Optional[str]:
    """'up' or 'down' from the last word of change in the text: a verb of change in any
    form ('slumped', 'edged'), a particle ('up', 'lower') or a noun ('growth', 'decline');
    the lexicon is extract/lexicon/frame_words.yaml. With `window`, only the last that many
    characters are read, from a word's start: a word cut by the window is no word ('incr|eases'
    is not 'eases', a fall)."""
    if window is not None and len(text) > window:
        cut = len(text) - window
        while cut < len(text) and text[cut - 1].isalnum() and text[cut].isalnum():
            cut += 1
        text = text[cut:]
    words = _WORDS_RE.findall(text)
    table = _direction_words()
    for i in range(len(words) - 1, -1, -1):
        hit = table.get(words[i].lower())
        if hit is None:
            continue
        found, particle = hit
        if particle and i and words[i - 1].lower() in _phrasal_not_change():
            continue  # "making up 14 per cent": composition, not a rise
        if i + 1 < len(words) and words[i + 1].lower() == "that" and words[i].lower() in _SAYING_ADD:
            continue  # "adding that gold had contributed 5.7 percent": a verb of saying, not a rise
        return found
    return None


@functools.cache
def _direction_words() -> dict[str, tuple[str, bool]]:
    """grammar.direction_words with the nouns of change: a verb's or a particle's reading
    first, a noun's where the word is neither (most words of a window are none: one
    look-up each, not three)."""
    table = dict(grammar.direction_words())
    for word, way in _NOUN_DIRECTIONS.items():
        table.setdefault(word, (way, False))
    return table


@functools.cache
def _phrasal_not_change() -> frozenset[str]:
    from factcheck.extract import lexicon

    return frozenset(lexicon.load("frame_words").get("phrasal_not_change") or ())


_NOUN_DIRECTIONS = {"growth": "up", "increase": "up", "rise": "up", "gain": "up", "jump": "up", "surge": "up",
                    "expansion": "up", "decline": "down", "decrease": "down", "drop": "down", "fall": "down",
                    "contraction": "down", "slump": "down"}
