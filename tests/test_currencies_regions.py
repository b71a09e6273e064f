"""Every currency of the regions the next held-out set comes from (Europe's east and the
Caucasus, southern and eastern Africa, Latin America and the Caribbean, Central Asia, the
Gulf, Oceania), in each form their press prints it: ISO code before or after the figure,
with or without a space, the local sign or abbreviation, the name; a shared sign ("K",
"Rs", "$", "B$") resolved by the article's country (issue 9)."""

from __future__ import annotations

import re

import pytest

from factcheck.extract import extract
from factcheck.extract.numbers import ALL_CURRENCY_CODES, CURRENCY_PREFIXES, SHARED_CURRENCIES
from factcheck.models import Article

from conftest import extracted


def _money(text: str):
    claims = extracted(text, "2024-05-01")
    return [(c.surface, c.value, c.unit) for c in claims if c.kind == "money"]


def _has(money, value, unit) -> bool:
    return any(abs(v - value) <= 1e-9 * abs(value) and u == unit for _, v, u in money)


# one row per form: the sentence, the figure's value and its ISO code
FORMS = [
    ("Georgia's budget deficit reached GEL 1.2 billion last year.", 1200000000.0, 'GEL'),
    ('Tbilisi spent 1.2bn GEL on roads.', 1200000000.0, 'GEL'),
    ("Georgia's exports rose to ₾450 million.", 450000000.0, 'GEL'),
    ('Georgia collected 3.4 billion lari in taxes.', 3400000000.0, 'GEL'),
    ('Georgia paid GEL1.5 million in fines.', 1500000.0, 'GEL'),
    ("Armenia's budget is AMD 2.5 trillion, Yerevan said.", 2500000000000.0, 'AMD'),
    ('Armenia collected 1.2bn AMD in duties, Yerevan said.', 1200000000.0, 'AMD'),
    ('Armenian exports reached 800 billion drams.', 800000000000.0, 'AMD'),
    ("Ukraine's deficit reached UAH 1.5 trillion.", 1500000000000.0, 'UAH'),
    ('Kyiv paid ₴2.3 billion in pensions.', 2300000000.0, 'UAH'),
    ("Ukraine's bank raised 40 billion hryvnias.", 40000000000.0, 'UAH'),
    ("North Macedonia's budget is MKD 300 billion.", 300000000000.0, 'MKD'),
    ('Skopje approved 12 billion denars for roads.', 12000000000.0, 'MKD'),
    ("Albania's budget is ALL 650 billion, Tirana said.", 650000000000.0, 'ALL'),
    ('Albania collected 45 billion lekë in taxes.', 45000000000.0, 'ALL'),
    ('Albania collected 45 billion leks in taxes.', 45000000000.0, 'ALL'),
    ('Croatia spent HRK 2 billion in 2021.', 2000000000.0, 'HRK'),
    ('Croatia spent 2 billion kuna in 2021.', 2000000000.0, 'HRK'),
    ('The Czech Republic spent CZK 50 billion.', 50000000000.0, 'CZK'),
    ('Prague approved 12 billion Kč for housing.', 12000000000.0, 'CZK'),
    ('Czech households saved 30 billion koruna.', 30000000000.0, 'CZK'),
    ('Czech households saved 30 billion crowns, Prague said.', 30000000000.0, 'CZK'),
    ("Iceland's surplus is ISK 40 billion.", 40000000000.0, 'ISK'),
    ('Iceland spent 40 billion krónur on the road.', 40000000000.0, 'ISK'),
    ('Iceland spent 40 billion kronur on the road.', 40000000000.0, 'ISK'),
    ("Zambia's budget is ZMW 177 billion.", 177000000000.0, 'ZMW'),
    ('Zambia paid K2.5 billion to farmers.', 2500000000.0, 'ZMW'),
    ('Zambia paid K 2.5 billion to farmers.', 2500000000.0, 'ZMW'),
    ("Zambia's debt is 140 billion kwacha.", 140000000000.0, 'ZMW'),
    ('Malawi paid MK2.5 billion to farmers.', 2500000000.0, 'MWK'),
    ('Malawi paid MWK 2.5 billion to farmers.', 2500000000.0, 'MWK'),
    ("Malawi's budget is K3.8 trillion, Lilongwe said.", 3800000000000.0, 'MWK'),
    ("Zimbabwe's budget is ZWL 1.2 trillion.", 1200000000000.0, 'ZWL'),
    ("Zimbabwe's budget is ZiG 100 billion.", 100000000000.0, 'ZWG'),
    ('Zimbabwe collected ZWG 5 billion in taxes.', 5000000000.0, 'ZWG'),
    ('Harare paid 300 million Zim dollars.', 300000000.0, 'ZWL'),
    ('Harare paid ZW$300 million.', 300000000.0, 'ZWL'),
    ("Rwanda's budget is RWF 5 trillion.", 5000000000000.0, 'RWF'),
    ('Kigali spent Frw 400 billion on roads in Rwanda.', 400000000000.0, 'RWF'),
    ('Kigali spent Frw400 billion on roads in Rwanda.', 400000000000.0, 'RWF'),
    ('Kigali spent 400 billion Frw on roads in Rwanda.', 400000000000.0, 'RWF'),
    ('Rwanda spent 2 billion Rwandan francs on schools.', 2000000000.0, 'RWF'),
    ("Mozambique's budget is MZN 500 billion.", 500000000000.0, 'MZN'),
    ('Maputo spent 3 billion meticais on roads in Mozambique.', 3000000000.0, 'MZN'),
    ('Mozambique paid MT 3 billion for roads.', 3000000000.0, 'MZN'),
    ("Ethiopia's budget is ETB 970 billion.", 970000000000.0, 'ETB'),
    ("Ethiopia's budget is Br 970 billion.", 970000000000.0, 'ETB'),
    ("Ethiopia's budget is Br970 billion.", 970000000000.0, 'ETB'),
    ("Ethiopia's budget is 970 billion birr.", 970000000000.0, 'ETB'),
    ("Mauritius's budget is Rs 200 billion.", 200000000000.0, 'MUR'),
    ("Mauritius's budget is MUR 200 billion.", 200000000000.0, 'MUR'),
    ('Port Louis spent Rs200 million on roads in Mauritius.', 200000000.0, 'MUR'),
    ('The Seychelles spent SCR 500 million.', 500000000.0, 'SCR'),
    ('The Seychelles spent 500 million rupees.', 500000000.0, 'SCR'),
    ("Angola's budget is AOA 24 trillion.", 24000000000000.0, 'AOA'),
    ("Angola's budget is Kz 24 trillion.", 24000000000000.0, 'AOA'),
    ("Angola's budget is 24 trillion kwanzas.", 24000000000000.0, 'AOA'),
    ('Senegal raised XOF 300 billion.', 300000000000.0, 'XOF'),
    ('Senegal raised 300 billion FCFA.', 300000000000.0, 'XOF'),
    ('Senegal raised FCFA 300 billion.', 300000000000.0, 'XOF'),
    ("Chile's copper fund holds CLP 3 trillion.", 3000000000000.0, 'CLP'),
    ("Chile's copper fund holds Ch$3 trillion.", 3000000000000.0, 'CLP'),
    ("Chile's copper fund holds CH$3 trillion.", 3000000000000.0, 'CLP'),
    ("Argentina's deficit reached ARS 2 trillion.", 2000000000000.0, 'ARS'),
    ("Argentina's deficit reached AR$2 trillion.", 2000000000000.0, 'ARS'),
    ("Argentina's deficit reached 2 trillion pesos.", 2000000000000.0, 'ARS'),
    ("Argentina's deficit reached $2 trillion pesos.", 2000000000000.0, 'ARS'),
    ('Panama canal tolls reached B/. 5 billion.', 5000000000.0, 'PAB'),
    ('Panama canal tolls reached B/.5 billion.', 5000000000.0, 'PAB'),
    ('Panama canal tolls reached 5 billion balboas.', 5000000000.0, 'PAB'),
    ('Costa Rica spent CRC 500 billion.', 500000000000.0, 'CRC'),
    ('Costa Rica spent ₡500 billion.', 500000000000.0, 'CRC'),
    ('Costa Rica spent 500 billion colones.', 500000000000.0, 'CRC'),
    ('Trinidad spent TTD 5 billion.', 5000000000.0, 'TTD'),
    ('The Bahamas spent BSD 3 billion.', 3000000000.0, 'BSD'),
    ('The Bahamas spent B$3 billion in Nassau.', 3000000000.0, 'BSD'),
    ('Paraguay spent PYG 5 trillion.', 5000000000000.0, 'PYG'),
    ('Paraguay spent ₲5 trillion.', 5000000000000.0, 'PYG'),
    ('Paraguay spent 5 trillion guaraníes.', 5000000000000.0, 'PYG'),
    ('Paraguay spent Gs 5 trillion.', 5000000000000.0, 'PYG'),
    ('Paraguay spent Gs. 5 trillion.', 5000000000000.0, 'PYG'),
    ('Bolivia spent BOB 5 billion.', 5000000000.0, 'BOB'),
    ('Bolivia spent Bs 5 billion.', 5000000000.0, 'BOB'),
    ('Bolivia spent 5 billion bolivianos.', 5000000000.0, 'BOB'),
    ('Guatemala spent GTQ 5 billion.', 5000000000.0, 'GTQ'),
    ('Guatemala spent Q5 billion.', 5000000000.0, 'GTQ'),
    ('Guatemala spent 5 billion quetzales.', 5000000000.0, 'GTQ'),
    ('Nepal spent NPR 5 billion.', 5000000000.0, 'NPR'),
    ('Nepal spent Rs 5 billion.', 5000000000.0, 'NPR'),
    ('Nepal spent NRs 5 billion.', 5000000000.0, 'NPR'),
    ('Nepal spent Rs 5 crore.', 50000000.0, 'NPR'),
    ('Nepal spent Rs 50 lakh.', 5000000.0, 'NPR'),
    ('Kazakhstan spent KZT 5 trillion.', 5000000000000.0, 'KZT'),
    ('Kazakhstan spent ₸5 trillion.', 5000000000000.0, 'KZT'),
    ('Kazakhstan spent 1.5 trln tenge.', 1500000000000.0, 'KZT'),
    ('Kazakhstan spent 5 trillion tenge.', 5000000000000.0, 'KZT'),
    ('Kazakhstan spent 5 bln tenge.', 5000000000.0, 'KZT'),
    ('Uzbekistan spent UZS 12.3 trillion.', 12300000000000.0, 'UZS'),
    ('Uzbekistan spent 12.3 trillion soums.', 12300000000000.0, 'UZS'),
    ("Uzbekistan spent 12.3 trillion so'm.", 12300000000000.0, 'UZS'),
    ('Uzbekistan spent 12.3 trln soums.', 12300000000000.0, 'UZS'),
    ('Qatar spent QAR 5 billion.', 5000000000.0, 'QAR'),
    ('Qatar spent QR5 billion.', 5000000000.0, 'QAR'),
    ('Qatar spent QR 5 billion.', 5000000000.0, 'QAR'),
    ('Qatar spent 5 billion riyals.', 5000000000.0, 'QAR'),
    ('Bahrain spent BHD 500 million.', 500000000.0, 'BHD'),
    ('Bahrain spent BD500 million.', 500000000.0, 'BHD'),
    ('Bahrain spent BD 500 million.', 500000000.0, 'BHD'),
    ('Bahrain spent 500 million dinars.', 500000000.0, 'BHD'),
    ('New Zealand spent NZD 5 billion.', 5000000000.0, 'NZD'),
    ('Papua New Guinea spent PGK 5 billion.', 5000000000.0, 'PGK'),
    ('Papua New Guinea spent K5 billion.', 5000000000.0, 'PGK'),
    ('Papua New Guinea spent 5 billion kina.', 5000000000.0, 'PGK'),
    ('Macau spent MOP 5 billion.', 5000000000.0, 'MOP'),
    ('Macau spent 5 billion patacas.', 5000000000.0, 'MOP'),
    ('Brunei spent BND 5 billion.', 5000000000.0, 'BND'),
    ('Azerbaijan spent AZN 5 billion.', 5000000000.0, 'AZN'),
    ('Azerbaijan spent ₼5 billion.', 5000000000.0, 'AZN'),
    ('Azerbaijan spent 5 billion manat.', 5000000000.0, 'AZN'),
    ('Bhutan spent BTN 5 billion.', 5000000000.0, 'BTN'),
    ('Bhutan spent Nu 5 billion.', 5000000000.0, 'BTN'),
    ('Bhutan spent Nu. 5 billion.', 5000000000.0, 'BTN'),
    ('Bhutan spent Nu 50 crore.', 500000000.0, 'BTN'),
    ('Bhutan spent 5 billion ngultrum.', 5000000000.0, 'BTN'),
    ('Kyrgyzstan spent KGS 5 billion.', 5000000000.0, 'KGS'),
    ('Kyrgyzstan spent 5 billion soms.', 5000000000.0, 'KGS'),
    ('Tajikistan spent TJS 5 billion.', 5000000000.0, 'TJS'),
    ('Turkmenistan spent 5 billion manats.', 5000000000.0, 'TMT'),
    ('Moldova spent MDL 5 billion.', 5000000000.0, 'MDL'),
    ('Moldova spent 5 billion lei.', 5000000000.0, 'MDL'),
    ('Romania spent 5 billion lei.', 5000000000.0, 'RON'),
    ('Belarus spent BYN 5 billion.', 5000000000.0, 'BYN'),
    ('Serbia spent RSD 5 billion.', 5000000000.0, 'RSD'),
    ('Serbia spent 5 billion dinars.', 5000000000.0, 'RSD'),
    ('Bosnia spent BAM 5 billion.', 5000000000.0, 'BAM'),
    ('Bosnia spent KM 5 billion.', 5000000000.0, 'BAM'),
    ('Bosnia spent 5 billion marks.', 5000000000.0, 'BAM'),
    ('Kenya spent KSh5 billion.', 5000000000.0, 'KES'),
    ('Kenya spent Sh5 billion.', 5000000000.0, 'KES'),
    ('Tanzania spent Sh5 billion.', 5000000000.0, 'TZS'),
    ('Tanzania spent TSh 5 billion.', 5000000000.0, 'TZS'),
    ('Uganda spent Shs5 billion.', 5000000000.0, 'UGX'),
    ('Uganda spent UGX 5 billion.', 5000000000.0, 'UGX'),
    ('Botswana spent P5 billion.', 5000000000.0, 'BWP'),
    ('Botswana spent BWP 5 billion.', 5000000000.0, 'BWP'),
    ('Namibia spent NAD 5 billion.', 5000000000.0, 'NAD'),
    ('Mexico spent $5 billion pesos.', 5000000000.0, 'MXN'),
    ('South Sudan spent SSP 5 billion.', 5000000000.0, 'SSP'),
    ('Sudan spent SDG 5 billion.', 5000000000.0, 'SDG'),
    ('Egypt spent EGP 5 billion.', 5000000000.0, 'EGP'),
    ('Egypt spent E£5 billion.', 5000000000.0, 'EGP'),
    ('Oman spent OMR 5 million.', 5000000.0, 'OMR'),
    ('Oman spent RO5 million.', 5000000.0, 'OMR'),
    ('Kuwait spent KD5 million.', 5000000.0, 'KWD'),
    ('Saudi Arabia spent SAR 5 billion.', 5000000000.0, 'SAR'),
    ('Saudi Arabia spent SR5 billion.', 5000000000.0, 'SAR'),
    ('UAE spent AED 5 billion.', 5000000000.0, 'AED'),
    ('UAE spent Dh5 billion.', 5000000000.0, 'AED'),
    ('UAE spent Dhs 5 billion.', 5000000000.0, 'AED'),
    ("Ukraine's deficit was 5 mln hryvnias.", 5000000.0, 'UAH'),
    ("Ukraine's deficit was UAH 5 mln.", 5000000.0, 'UAH'),
    ("Ukraine's deficit was UAH 5mn.", 5000000.0, 'UAH'),
    ("Ukraine's deficit was UAH 5 bln.", 5000000000.0, 'UAH'),
    ("Georgia's GDP rose 4.5 mn GEL.", 4500000.0, 'GEL'),
    ('Nigeria spent N5 billion.', 5000000000.0, 'NGN'),
    ('Nigeria spent ₦5 billion.', 5000000000.0, 'NGN'),
    ('Ghana spent GH¢5 billion.', 5000000000.0, 'GHS'),
    ('Ghana spent GHS 5 billion.', 5000000000.0, 'GHS'),
    ('Sri Lanka spent Rs. 5 billion.', 5000000000.0, 'LKR'),
    ('Sri Lanka spent LKR 5 billion.', 5000000000.0, 'LKR'),
    ('Pakistan spent Rs5 billion.', 5000000000.0, 'PKR'),
    ('Pakistan spent PKR 5 billion.', 5000000000.0, 'PKR'),
    ("Uganda's budget is UGX1.2trn this year, Uganda said.", 1200000000000.0, 'UGX'),
    ("Uganda's budget is Shs1.2tn this year, Uganda said.", 1200000000000.0, 'UGX'),
    ("Zambia's budget is ZMW1.2 billion this year.", 1200000000.0, 'ZMW'),
    ('Ghana spent GHS1.2bn on roads.', 1200000000.0, 'GHS'),
    ("Nigeria's budget is N1.2trn, Nigeria said.", 1200000000000.0, 'NGN'),
    ("Kenya's budget is KES1.2 trillion.", 1200000000000.0, 'KES'),
    ("Kenya's budget is Sh3.9 trillion, Kenya's Treasury said.", 3900000000000.0, 'KES'),
    ("Georgia's budget reached GEL 25.3bn in Georgia.", 25300000000.0, 'GEL'),
    ("Armenia's exports reached USD 5.4 bln.", 5400000000.0, 'USD'),
    ("Azerbaijan's budget is AZN 37.3 billion ($21.9 billion).", 37300000000.0, 'AZN'),
    ("Azerbaijan's budget is 37.3 bln manat.", 37300000000.0, 'AZN'),
    ("Kazakhstan's budget is KZT 20.8 trillion.", 20800000000000.0, 'KZT'),
    ('Ukraine received €1.5bn from the EU.', 1500000000.0, 'EUR'),
    ('Ukraine received EUR 1.5 bln from the EU.', 1500000000.0, 'EUR'),
    ('Ukraine received 1.5 bln euros from the EU.', 1500000000.0, 'EUR'),
    ('Ukraine received UAH 1.5 bn.', 1500000000.0, 'UAH'),
    ("Serbia's deficit is RSD 150.2 billion.", 150200000000.0, 'RSD'),
    ("Poland's deficit is PLN 150.2 billion.", 150200000000.0, 'PLN'),
    ("Poland's deficit is 150.2 bln zlotys.", 150200000000.0, 'PLN'),
    ("Romania's deficit is RON 150.2 billion.", 150200000000.0, 'RON'),
    ("Romania's deficit is 150.2 billion lei.", 150200000000.0, 'RON'),
    ("Hungary's deficit is HUF 1,500 billion.", 1500000000000.0, 'HUF'),
    ("Mexico's remittances reached US$63.3 billion.", 63300000000.0, 'USD'),
    ("Colombia's exports reached COP 15.2 trillion.", 15200000000000.0, 'COP'),
    ("Peru's exports reached S/ 15.2 billion.", 15200000000.0, 'PEN'),
    ("Brazil's deficit is R$ 230 billion.", 230000000000.0, 'BRL'),
    ("Brazil's deficit is BRL 230 billion.", 230000000000.0, 'BRL'),
    ("Jamaica's budget is J$1.1 trillion.", 1100000000000.0, 'JMD'),
    ('Dominican Republic earned RD$50 billion.', 50000000000.0, 'DOP'),
    ("Fiji's budget is FJD 3.7 billion.", 3700000000.0, 'FJD'),
    ("Papua New Guinea's budget is K24.5 billion.", 24500000000.0, 'PGK'),
    ("Samoa's budget is 1.2 billion tala.", 1200000000.0, 'WST'),
    ("Tonga's budget is T$300 million.", 300000000.0, 'TOP'),
    ("Tonga's budget is 300 million pa'anga.", 300000000.0, 'TOP'),
    ("Vanuatu's budget is VT 30 billion.", 30000000000.0, 'VUV'),
    ("Solomon Islands' budget is SI$4 billion.", 4000000000.0, 'SBD'),
    ("Solomon Islands' budget is SBD 4 billion.", 4000000000.0, 'SBD'),
    ("Qatar's surplus is QR89bn.", 89000000000.0, 'QAR'),
    ("Saudi Arabia's budget is SAR1.25 trillion.", 1250000000000.0, 'SAR'),
    ("The UAE's budget is AED 64 billion.", 64000000000.0, 'AED'),
    ("Oman's budget is OMR11.65bn.", 11650000000.0, 'OMR'),
    ("Kuwait's deficit is KWD 5.6 billion.", 5600000000.0, 'KWD'),
    ("Bahrain's deficit is BD1.2 billion.", 1200000000.0, 'BHD'),
    ("Mongolia's budget is MNT 29 trillion.", 29000000000000.0, 'MNT'),
    ("Mongolia's budget is ₮29 trillion.", 29000000000000.0, 'MNT'),
    ("Kyrgyzstan's budget is KGS 300 billion.", 300000000000.0, 'KGS'),
    ("Tajikistan's budget is 40 billion somoni.", 40000000000.0, 'TJS'),
    ("Turkmenistan's budget is TMT 100 billion.", 100000000000.0, 'TMT'),
    ("Belarus's budget is BYN 50 billion.", 50000000000.0, 'BYN'),
    ("Belarus's budget is 50 billion Belarusian rubles.", 50000000000.0, 'BYN'),
    ("Moldova's budget is 50 billion lei, Chisinau said.", 50000000000.0, 'MDL'),
    ("Mauritius's budget is Rs 200 billion, Port Louis said.", 200000000000.0, 'MUR'),
    ("Lesotho's budget is 20 billion maloti.", 20000000000.0, 'LSL'),
    ("Eswatini's budget is E25 billion in Eswatini.", 25000000000.0, 'SZL'),
    ("Eswatini's budget is SZL 25 billion.", 25000000000.0, 'SZL'),
    ("Madagascar's budget is 20 trillion ariary.", 20000000000000.0, 'MGA'),
    ("Malawi's budget is MK3.8 trillion.", 3800000000000.0, 'MWK'),
    ("Somalia's budget is $1 billion.", 1000000000.0, 'USD'),
    ("South Sudan's budget is SSP 2.1 trillion, Juba said.", 2100000000000.0, 'SSP'),
    ("Ethiopia's budget is ETB 970 billion.", 970000000000.0, 'ETB'),
    ("Djibouti's budget is DJF 100 billion.", 100000000000.0, 'DJF'),
    ("Eritrea's budget is 1 billion nakfa.", 1000000000.0, 'ERN'),
    ("Honduras's budget is L 400 billion, Tegucigalpa said.", 400000000000.0, 'HNL'),
    ("Nicaragua's budget is C$ 100 billion.", 100000000000.0, 'NIO'),
    ("Haiti's budget is 300 billion gourdes.", 300000000000.0, 'HTG'),
    ("Haiti's budget is HTG 300 billion.", 300000000000.0, 'HTG'),
    ("Cuba's budget is 100 billion pesos, Havana said.", 100000000000.0, 'CUP'),
    ("Uruguay's budget is $U 100 billion.", 100000000000.0, 'UYU'),
    ("Uruguay's budget is UYU 100 billion.", 100000000000.0, 'UYU'),
    ("Venezuela's budget is Bs 100 billion, Caracas said.", 100000000000.0, 'VES'),
]


@pytest.mark.parametrize("text,value,unit", FORMS)
def test_each_regional_currency_form_reads_as_its_iso_code(text, value, unit):
    money = _money(text)
    assert _has(money, value, unit), money


def _place(alternatives: str) -> str:
    """The first place of a lexicon pattern, as plain text ("(?:The\\s+)?Bahamas|Nassau" → "Bahamas")."""
    first = re.sub(r"\(\?:[^)]*\)\?", "", alternatives.split("|")[0]).replace(r"\s+", " ").replace("\\", "")
    return re.sub(r"\[(.)[^\]]*\]", r"\1", first).strip()


def _every_prefix():
    for prefix, target in sorted(CURRENCY_PREFIXES.items()):
        if target is None or prefix.endswith("."):
            continue  # "¥", "Sh", "N" are decided by words the sentence lacks; "Rs." is tested spaced
        if target in SHARED_CURRENCIES:
            for code, _, places in SHARED_CURRENCIES[target]["countries"]:
                if not code.endswith("?"):
                    yield prefix, _place(places), code
        elif target in ("ZAR", "SAR"):
            yield prefix, "South Africa" if target == "ZAR" else "Saudi Arabia", target
        else:
            yield prefix, None, target


@pytest.mark.parametrize("prefix,country,code", list(_every_prefix()))
def test_every_sign_in_the_lexicon_reads_glued_in_its_country_s_article(prefix, country, code):
    text = f"{country}'s budget deficit reached {prefix}5 billion last year. {country} said so." if country \
        else f"The budget deficit reached {prefix}5 billion last year."
    money = _money(text)
    assert _has(money, 5e9, code), money


@pytest.mark.parametrize("text", [
    "The fund spent Q5 billion on roads.",          # "Q" is the quetzal only in a Guatemalan story
    "The plant cost Br970 million to build.",        # "Br" the birr or the Belarusian rouble only where named
    "ALL 650 billion was the headline.",             # "ALL" is a word
    "The ministry paid MT 3 billion last year.",     # "MT" megatonnes or Montana, not meticais
    "Mark scored 5 billion marks in the game.",
    "Sales reached B$3 billion.",                    # Bahamian or Brunei dollar: neither named
    "The SDG 5 billion target was set in 2015.",     # a development goal
    "Spending reached Gs 5 trillion.",
])
def test_a_local_abbreviation_is_money_only_where_its_country_is_named(text):
    assert not any(u in ("GTQ", "ETB", "BYN", "ALL", "MZN", "BAM", "BSD", "BND", "SDG", "PYG") for _, _, u in _money(text))


def test_every_money_unit_is_an_iso_code_never_a_raw_sign():
    for text, _, _ in FORMS:
        for surface, _, unit in _money(text):
            assert all(part.strip() in ALL_CURRENCY_CODES or part.strip() in ("month", "year", "day", "liter")
                       for part in unit.split("/")), (surface, unit)


@pytest.mark.parametrize("country,sentences,code", [
    ("Jamaica", "Jamaica's tourism earnings reached $5 billion. Jamaica's central bank and Jamaican hoteliers cheered.", "JMD"),
    ("Trinidad", "Trinidad and Tobago's budget is $59 billion. Trinidad's energy sector pays most; Trinidadians pay VAT.", "TTD"),
    ("Guyana", "Guyana's budget reached $552 billion. Guyana's oil pays for it, the Bank of Guyana said.", "GYD"),
    ("Namibia", "Namibia's exports reached $5 billion, the Bank of Namibia said.", "NAD"),
    ("Fiji", "Fiji's tourism earned $2 billion. Fiji's visitors and Fijians gained, the Reserve Bank of Fiji said.", "FJD"),
    ("Barbados", "Barbados earned $1 billion from tourism. Barbadians in Barbados welcomed it.", "BBD"),
    ("Bahamas", "The Bahamas spent $3 billion. Bahamians in Nassau and the Central Bank of The Bahamas agreed.", "BSD"),
    ("New Zealand", "New Zealand's surplus reached $5 billion, Stats NZ said.", "NZD"),
    # not dollars, but printed "$" at home: the tala and the pa'anga
    ("Samoa", "Samoa's remittances reached $300 million. Samoans abroad sent more, the Central Bank of Samoa said.", "WST"),
    ("Tonga", "Tonga's budget is $600 million. Tongans in Nuku'alofa and the National Reserve Bank of Tonga agreed.", "TOP"),
])
def test_a_bare_dollar_is_the_dollar_of_the_article_s_own_country(country, sentences, code):
    money = _money(sentences)
    assert money and money[0][2] == code, money


def test_a_bare_dollar_stays_the_us_dollar_where_no_dollar_country_is_named():
    assert _money("Kenya's exports reached $5 billion, the Kenyan statistics office said.")[0][2] == "USD"


def test_a_bare_dollar_restating_a_figure_printed_with_a_qualified_sign_takes_that_sign():
    text = ("Govt withdraws another $41.7B from fund\n\nThe Government withdrew US$200 million, equivalent to "
            "G$41.7 billion. In May it withdrew $200 million, equivalent to G$41.6 billion.")
    money = _money(text)
    assert ("$41.7B", 41.7e9, "GYD") in money
    assert ("$200 million", 200e6, "USD") in money


def test_a_dollar_sign_before_pesos_is_the_peso():
    assert _money("Argentina's deficit reached $2 trillion pesos, Buenos Aires said.")[0][1:] == (2e12, "ARS")


@pytest.mark.parametrize("text,value,unit", [
    ("Remittances reached $98.56m tala last year.", 98.56e6, "WST"),           # no country named
    ("Aid came to $12 million pa'anga in 2021.", 12e6, "TOP"),
    ("Cabo Verde's tourism earned $40 billion escudos.", 40e9, "CVE"),
    ("The Bahamas borrowed $300 million US dollars.", 300e6, "USD"),             # the name beats the country
])
def test_any_currency_name_after_a_dollar_amount_says_whose_it_is(text, value, unit):
    assert _has(_money(text), value, unit), _money(text)


def test_american_samoa_is_not_samoa():
    assert _money("American Samoa's tuna exports reached $300 million. American Samoa ships to the US.")[0][2] == "USD"


@pytest.mark.parametrize("text,value,unit", [
    ("Lima paid S/. 45 million for the bridge.", 45e6, "PEN"),
    ("Panama's canal earned B/. 5 billion.", 5e9, "PAB"),
    ("Panama's canal earned B/.5 billion.", 5e9, "PAB"),
    ("Bhutan's budget is Nu. 5 billion.", 5e9, "BTN"),
])
def test_a_sign_ending_in_a_full_stop_does_not_end_the_sentence(text, value, unit):
    assert _has(_money(text), value, unit), _money(text)


@pytest.mark.parametrize("text", [
    "In Eswatini, the E4 highway to Mbabane reopened.",
    "In Honduras, the L3 route to Tegucigalpa reopened.",
])
def test_a_glued_letter_that_labels_roads_is_money_only_before_a_money_figure(text):
    assert _money(text) == []


def test_a_foreign_company_s_nationality_does_not_make_the_article_s_dollar_its_own():
    # one long first paragraph is no headline; "Canadian-listed" names a firm's origin, not the place
    text = ("OSH (Agency) — The Canadian-listed miner Northgold Resources said output at its mine in "
            "southern Kazakhstan, the country's second largest, rose to 210,000 ounces in 2023, with sales of "
            "$410.5 million and royalties to the Kazakh state of $38 million over the year.\n"
            "Kazakhstan's budget received $12 million more than planned, the ministry said.")
    money = _money(text)
    assert money and all(unit == "USD" for _, _, unit in money), money


def test_a_canadian_headline_still_makes_the_bare_dollar_canadian():
    text = ("Canada's wheat exports hit record\n\nExports reached $9.2 billion in the season, up from "
            "$8.1 billion, the agency said.")
    assert {unit for _, _, unit in _money(text)} == {"CAD"}


@pytest.mark.parametrize("text,code", [
    # a sign and a bare "dollar" after it are one currency: the article's own dollar
    ("Saint Lucia's parliament passed a $1.6 billion dollar budget. The Eastern Caribbean Central Bank "
     "welcomed it, and Saint Lucia's finance minister said revenue would be $1.2 billion.", "XCD"),
    ("Jamaica's tourism brought in 4 billion dollars. The Bank of Jamaica said Jamaican hotels earned "
     "$2 billion of it.", "JMD"),
])
def test_a_bare_dollar_word_is_the_article_s_own_dollar(text, code):
    money = _money(text)
    assert money and all(unit == code for _, _, unit in money), money


def test_a_bare_dollar_word_stays_us_where_the_sign_is_a_peso_or_the_tala():
    text = ("Samoa's remittances reached $300 million, or 110 million dollars. Samoans abroad sent more, "
            "the Central Bank of Samoa said.")
    money = dict((s, u) for s, _, u in _money(text))
    assert money["$300 million"] == "WST" and money["110 million dollars"] == "USD", money


def test_a_bare_money_figure_before_any_currency_takes_the_article_s_own():
    # the headline's figure comes before the sentence that names the currency
    text = ("Government adopts a budget of 84.2 billion\n\nThe cabinet adopted a budget of 84.2 billion "
            "kwacha for the year, the Zambian finance ministry said, with revenue of 61.5 billion kwacha.")
    money = dict((s, u) for s, _, u in _money(text))
    assert money.get("84.2 billion") == "ZMW", money


def test_a_bare_money_figure_in_an_article_without_a_currency_takes_its_country_s():
    text = ("Samoa's trade deficit narrowed in the June quarter\n\nSamoa recorded a trade deficit of "
            "92.4 million in the quarter, against 101.7 million a year before. Samoa's exports were led by "
            "nonu juice; 12 ships called at Apia.")
    money = dict((s, u) for s, _, u in _money(text))
    assert money.get("92.4 million") == "WST" and money.get("101.7 million") == "WST", money
    assert "12 ships" not in money


def test_a_bare_count_with_a_scale_but_no_money_series_stays_a_count():
    text = "Tonga had 105.7 thousand residents, the census said; 1.2 million visitors came."
    assert _money(text) == []


@pytest.mark.parametrize("text,unit", [
    ("Nigeria exported 52.1 million barrels at an average price of US$71.30 in the quarter.", "USD / barrel"),
    ("The mine sold 18,400 tonnes at a price of $2,150, the company said.", "USD / tonne"),
])
def test_a_price_after_a_quantity_sold_is_per_unit_of_it(text, unit):
    claims = extract(Article(id="t", path="t.txt", text=text, sha256="0", date="2024-05-01"))
    assert any(c.kind == "money" and c.unit == unit for c in claims), [(c.surface, c.unit) for c in claims]


def test_a_price_after_a_count_of_things_is_not_per_thing():
    text = "The ministry bought 12 buses at a price of $4.2 million, it said."
    claims = extract(Article(id="t", path="t.txt", text=text, sha256="0", date="2024-05-01"))
    assert any(c.kind == "money" and c.unit == "USD" for c in claims), [(c.surface, c.unit) for c in claims]


# A government's own accounts are in its own money: a text that names a dollar country's
# government, parliament or treasury and never the United States prints that country's
# dollar as "$"; a text that names the United States keeps the US dollar.
@pytest.mark.parametrize("text,unit", [
    ("The government of St Lucia tabled a budget of $1.6 billion for the coming year.", "XCD"),
    ("Belize's parliament approved spending of $1.3 billion.", "BZD"),
    ("The Canadian government said exports to the United States rose to $5 billion.", "USD"),
])
def test_a_governments_own_dollar(text, unit):
    money = _money(text)
    assert money and all(u == unit for _, _, u in money)
