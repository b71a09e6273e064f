"""Number, money and span forms the sixth held-out set (z–ad) and its elders showed no rule
had, by class, each row a sentence of our own writing (issue 9): amounts written out in
words as budgets and appropriation bills print them, thousands grouped by a space after a
currency's prefix or before a zero-led group, a dot-grouped figure that keeps its decimal
point, a fiscal year named by its number, and the figure in brackets that restates an
amount in words. Each row of FORMS must be found with its value and unit; each row of
NOT_CLAIMS must yield no claim for the span named."""

from __future__ import annotations

import pytest

from conftest import extracted


DAY = "2024-05-01"


def _found(text: str, value: float, unit: str) -> bool:
    return any(abs(c.value - value) <= 1e-6 * abs(value) and c.unit == unit for c in extracted(text, DAY))


FORMS = [
    # amounts in words, the scale groups set off by commas as a bill or a cheque writes them
    ("The assembly approved two billion, four hundred million, three hundred thousand and fifty dollars.",
     2_400_300_050, "USD"),
    ("The trust holds three million, two hundred and six thousand pounds sterling in reserve.", 3_206_000, "GBP"),
    ("Each school received seventy-two thousand, five hundred euros in grants.", 72_500, "EUR"),
    ("The bill sets aside nine hundred and twelve million, forty thousand, six hundred and one dollars.",
     912_040_601, "USD"),
    # … with its cents, and its figures restated in brackets in the same currency
    ("The grant came to sixty-one dollars and forty cents.", 61.40, "USD"),
    ("The fee is sixty-one dollars and forty cents per pupil.", 61.40, "USD / pupil"),
    ("Grenada's parliament approved four million, ten thousand dollars ($4,010,000.00) for schools.",
     4_010_000, "XCD"),
    ("The government of Belize voted ninety thousand dollars ($90,000) for the clinic.", 90_000, "BZD"),
    # hyphenated round amounts as attributes: "the one-million mark", "a half-million"
    ("Arrivals passed the two-million visitor mark last year.", 2_000_000, "count"),
    ("Sales reached the half-million mark in June.", 500_000, "count"),
    # a space groups thousands after a glued currency prefix, before a decimal and a scale word
    ("Imports from South Africa reached M4 083.6 million in Lesotho last year.", 4_083.6e6, "LSL"),
    ("Namibia's exports reached N$12 045.5 million in 2023.", 12_045.5e6, "NAD"),
    ("The budget of Eswatini rose to E21 507.3 million.", 21_507.3e6, "SZL"),
    # a group of three that starts with a zero begins no number: it continues the one before
    ("The bureau collected about 2 000 price quotations in March.", 2_000, "count"),
    ("The survey covered 3 050 households in rural areas.", 3_050, "count"),
    # one scale word after two coordinated amounts of one currency serves both
    ("The two ministries overspent by $12.4 and $8.1 million respectively.", 12.4e6, "USD"),
    ("Grants of £3.5 or £4 billion were discussed.", 3.5e9, "GBP"),
    ("Shares closed at $93.7 and bonds raised $28.7 million.", 93.7, "USD"),  # a clause apart: no
    # a bare scaled figure that a verb of earning or paying takes, or that opens a from–to
    # pair of a money series, is money in the currency in force
    ("Uganda's coffee exports were worth Shs 3.2 trillion in 2022. In 2023 the country earned 3.9 trillion "
     "from coffee.", 3.9e12, "UGX"),
    ("Exports were worth CFA410 billion in 2015 in Senegal. From 400.2 billion in 2016, exports rose to "
     "455.3 billion in 2017.", 400.2e9, "XOF"),
    ("Kenya's budget is KSh 3.9 trillion. The state spent nearly 1.1 trillion on salaries.", 1.1e12, "KES"),
    ("Kenya's budget is KSh 3.9 trillion. The state employs 1.1 million people.", 1.1e6, "count"),  # people: no
    # the earlier level named as "the … figure of", then the later: two levels, not a range
    ("Passenger arrivals increased over the May 2019 figure of 3,110 to 8,402 arrivals during May 2020.",
     8_402, "count"),
    ("Sales rose on the previous year's total of 1,200 to 1,530 units.", 1_530, "count"),
    # a whole number grouped in thousands in brackets after a percentage is the change counted
    ("Arrivals rose 4.2 per cent (1,230) on the year.", 1_230, "count"),
    ("Unemployment was 11.8% (11.2) in May.", 11.2, "percent"),  # the same measure at another time
    # two points before a decimal group and a scale word: millions re-scaled to billions
    # ("2,105.3 million" printed "2.105.3 billion"), the first point the decimal
    ("Trade turnover reached 2.105.3 billion U.S. dollars in the first quarter.", 2_105.3e6, "USD"),
    ("The deficit stood at 1.062.9 million dollars.", 1_062.9e3, "USD"),
    ("Exports reached 2.500.000 tonnes.", 2_500_000, "tonne"),  # three digits after each point: groups
]

# ISO 4217's current codes (list one of the standard, as maintained by SIX; funds codes
# and precious metals left out): each must be a currency a claim can carry
ISO_4217_CURRENT = """AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP
BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF
GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD
LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR
PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY
TTD TWD TZS UAH UGX USD UYU UZS VED VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG""".split()

CURRENCIES = [
    # the pounds of Gibraltar, the Falklands and St Helena, and North Korea's won, by name
    ("Gibraltar's budget is 1.2 billion pounds.", 1.2e9, "GIP"),
    ("The Falkland Islands earned 80 million pounds from fishing licences.", 80e6, "FKP"),
    ("Tourists spent 3.2 million St Helena pounds on the island.", 3.2e6, "SHP"),
    ("Trade reached 50 billion North Korean won.", 50e9, "KPW"),
    ("Seoul spent 2 trillion won on chips.", 2e12, "KRW"),
    ("North Korea's state budget reached 1.2 trillion won, Pyongyang said.", 1.2e12, "KPW"),
    # a bare "dollars" in a text that prints no "$" is the dollar of the country it is about
    ("Jamaica's government will spend 1 trillion dollars, the Bank of Jamaica said.", 1e12, "JMD"),
    ("The Bank of Canada bought 5 billion US dollars of bonds.", 5e9, "USD"),  # a dollar named
    # new signs and scale abbreviations: the Caribbean guilder, "tr", "mld"
    ("Curaçao's budget is Cg 1.5 billion.", 1.5e9, "XCG"),
    ("Pakistan's budget is Rs14.5tr this year.", 14.5e12, "PKR"),
    ("Italian exports reached €3.4 mld in March.", 3.4e9, "EUR"),
    # … and by code
    ("Exports reached GIP 40 million and FKP 12 million.", 12e6, "FKP"),
    ("The bank printed VED 3.5 billion in notes.", 3.5e9, "VED"),
]

NOT_CLAIMS = [
    # a fiscal year named by its number is an anchor, not a span of 2024 years
    ("Parliament adopted the national budget for the 2024 financial year on Monday.", "2024"),
    ("For the 2023 fiscal year, there will be a surplus of $5 million.", "2023"),
    ("The 2025 calendar year closed with a surplus.", "2025"),
]


@pytest.mark.parametrize("text,value,unit", FORMS, ids=[r[0][:48] for r in FORMS])
def test_forms(text, value, unit):
    assert _found(text, value, unit), [(c.surface, c.value, c.unit) for c in extracted(text, DAY)]


@pytest.mark.parametrize("text,value,unit", CURRENCIES, ids=[r[0][:48] for r in CURRENCIES])
def test_currencies(text, value, unit):
    assert _found(text, value, unit), [(c.surface, c.value, c.unit) for c in extracted(text, DAY)]


def test_every_current_iso_4217_code_is_a_currency():
    from factcheck.extract.numbers import ALL_CURRENCY_CODES

    assert sorted(set(ISO_4217_CURRENT) - ALL_CURRENCY_CODES) == []


@pytest.mark.parametrize("text,surface", NOT_CLAIMS, ids=[r[1] for r in NOT_CLAIMS])
def test_not_claims(text, surface):
    assert not any(surface in c.surface for c in extracted(text, DAY)), [c.surface for c in extracted(text, DAY)]


def test_words_amount_is_one_claim():
    """The scale groups of one amount in words are one claim, not three."""
    claims = extracted("The assembly approved two billion, four hundred million, three hundred thousand "
                       "and fifty dollars for roads.", DAY)
    money = [c for c in claims if c.kind == "money"]
    assert [c.value for c in money] == [2_400_300_050], [(c.surface, c.value) for c in money]


def test_listed_word_amounts_stay_apart():
    """Amounts in words listed with commas whose scales do not fall are several amounts."""
    claims = extracted("Donors pledged one million, two million and three million dollars in turn.", DAY)
    assert sorted(c.value for c in claims if c.kind == "money") == [1e6, 2e6, 3e6], \
        [(c.surface, c.value) for c in claims]


def test_an_amount_written_in_two_scales_is_one_amount():
    """"85,619 million 200 thousand manat" (CIS and translated texts): one figure, the
    smaller scale's part added, the unit the last part names; a comma keeps two figures."""
    from factcheck.extract.conventions import article_conventions
    from factcheck.extract.mentions import scan_sentence

    text = "The fund will amount to 85,619 million 200 thousand manat next year."
    got = [(text[m.start:m.end], m.value, m.kind) for m in scan_sentence(text, article_conventions(text))]
    assert got == [("85,619 million 200 thousand manat", 85_619_200_000, "money")]
    text = "Revenue was 3 billion, up 200 million from the year before."
    assert len(scan_sentence(text, article_conventions(text))) == 2
    text = "Spending was $85.4 billion and $2.8 million went to grants; revenue was 4 million $200 thousand."
    assert len(scan_sentence(text, article_conventions(text))) == 4
