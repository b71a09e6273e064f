"""Where and who a figure is about: the places, organisations and people a sentence names
(countries and their other names, first-level regions, seats of government, places an
article names that no gazetteer holds), and which of them is the subject of each figure
and which only a trading partner or a source market. Pure: no I/O."""

from __future__ import annotations

import functools
import re
from typing import Optional

from factcheck.extract import grammar
from factcheck.extract.numbers import CURRENCY_PREFIXES
from factcheck.extract.patterns import LazyPattern, lazy, literal_alternation, triggered

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
_SUBJECT_NAME_SET = frozenset(_SUBJECT_NAMES)
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
_LOCATIVE_NAMES = lazy(r"(?<![Aa]ccording )(?<![Tt]hanks )(?<![Dd]ue )\b(?:in|on|to|at)\s+(?:the\s+)?"
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


@functools.lru_cache(maxsize=4096)  # asked for each figure and place of a sentence: about 2.5 times each
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
# (behind its gate, patterns.lazy: its opening look-behind kept the engine from skipping to a capital)
_CAP_RUN = lazy(r"(?<![\w'’.-])[A-Z][\w-]*(?: (?:(?:and|of|de|del|la|y|el|al|da|do) )?[A-Z][\w-]*)*")
_CAP_WORD = re.compile(r"[A-Z][\w-]*|[a-z]+")
# capitalised words that may open a run before a region's name: "In Punjab", "The Dubai"
_RUN_OPENERS = frozenset({"In", "At", "On", "For", "From", "To", "By", "And", "But", "While", "The", "Across", "Both",
                          "Meanwhile", "Also", "Within", "Outside", "Of", "With", "Unlike", "Like"})


@functools.lru_cache(maxsize=4096)  # (the same run, "the United States", in many sentences and phrases)
def _run_name(run: str) -> tuple[int, str]:
    """Where in a run of capitalised words the name a region may be starts, and that name: a
    function word opening the run ("In Sabah") is left out."""
    words = list(_CAP_WORD.finditer(run))
    first = 1 if len(words) > 1 and words[0].group(0) in _RUN_OPENERS else 0
    return words[first].start(), run[words[first].start():]


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
        skip, name = _run_name(run.group(0))
        at = run.start() + skip
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
    if peoples := [p for p in _people_mentions(sentence) if not any(a < p[1] and p[0] < b for a, b, _ in out)]:
        out = sorted([*out, *peoples])
    if regions_seen := [r for r in region_mentions(sentence) if not any(a < r[1] and r[0] < b for a, b, _ in out)]:
        out = sorted([*out, *regions_seen])
    return tuple(out)


def _people_mentions(sentence: str) -> list[tuple[int, int, str]]:
    """A country named by its people or by the lexicon's adjective of it: "Germans (7%)",
    "6% were Czechs", "the Croatian National Tourist Board", "Paraguayan beef" (the names
    pattern reads the adjectives it holds itself, "Kenyan", but no plural: "Italians")."""
    pattern, names = _country_words()
    out = []
    for m in pattern.finditer(sentence):
        word = m.group(1)
        if names[word] == word or word not in _peoples() or m.group(0) == word and word in ALIASES:
            continue  # a country's own name, an abbreviation ("USA"), an adjective the names pattern reads
        if _CURRENCY_AFTER.match(sentence, m.end()) or _NOT_A_PLACE_AFTER.match(sentence, m.end()) \
                or _in_quoted_title(sentence, m.start()):
            continue
        out.append((m.start(), m.end(), names[word]))
    return out


@functools.cache
def _peoples() -> frozenset:
    """The names of peoples: the lexicon's demonyms, and the aliases that are one capitalised
    word other than a country's name ("German", "Saudi"; not "USA", "Britain")."""
    from factcheck.extract import lexicon
    return frozenset(lexicon.load("demonyms")) | {
        a for a in ALIASES if re.fullmatch(r"[A-Z][a-z]+|South African|Sri Lankan", a) and a.endswith(_PEOPLE_ENDINGS)}


# how the aliases that name a people end ("Kenyan", "Chinese", "Polish", "Saudi", "Dutch",
# "Swiss", "Greek", "Filipino", "Argentine", "Kazakh", "Soviet"); no place's own name does
_PEOPLE_ENDINGS = ("an", "ese", "ish", "i", "ch", "ss", "ek", "ino", "ine", "kh", "et")


def peoples_only(sentence: str, local: frozenset = frozenset()) -> bool:
    """The sentence names places only by their peoples in the plural ("officials told Tongans"):
    travellers, senders or residents, not a place whose fiscal year its figures are counted in."""
    mentions = _all_mentions(sentence, local)
    return bool(mentions) and all(sentence[a:b] in _plural_peoples() for a, b, _ in mentions)


@functools.cache
def _plural_peoples() -> dict[str, str]:
    """A people named in the plural ("Germans", "Czechs", "Danes") to its country."""
    _, names = _country_words()
    # ("Laos" is a country's own name, not the Lao people)
    return {f"{w}{end}": names[w] for w in _peoples() if w in names for end in ("s", "es")
            if f"{w}{end}" not in names and f"{w}{end}" not in _SUBJECT_NAME_SET}


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
    return set(_source_markets(sentence))


@functools.lru_cache(maxsize=1024)  # (asked again for each figure of the sentence: nine calls in ten repeat one)
def _source_markets(sentence: str) -> frozenset[str]:
    pattern, names = _country_words()
    markets, other = set(), set()
    for m in pattern.finditer(sentence):
        market = _MARKET_AFTER.match(sentence, m.end()) or _TRAVELLERS_FROM.search(sentence, max(0, m.start() - 60), m.start())
        (markets if market else other).add(names[m.group(1)])
    return frozenset(markets - other)


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
    if end is not None and _plural_peoples().get(sentence[at: end], home) != home:
        return True  # "Germans (7%)", "Slovenians with 1.1 million arrivals": where travellers or senders come from
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
