"""The money and number forms of the countries the corpus barely has (western and northern
Europe, the Balkans, Central Asia, sub-Saharan Africa, the Pacific, the Middle East, Latin
America and the Caribbean): one news sentence per form, in our own words. A sign several
currencies share ("K", "L", "D", "M", "E", "Q", "G", "Bs", "BD", "C$", "$") is read as one of
them only where the article names its country (issue 9)."""

from __future__ import annotations

import pytest

from test_currencies_regions import _has, _money

from conftest import extracted


DAY = "2024-05-01"


FORMS = [
    # western and northern Europe
    ("Switzerland's surplus reached CHF 3.2 billion, Bern said.", 3.2e9, "CHF"),
    ("The Swiss bank earned 1.4 billion Swiss francs last year.", 1.4e9, "CHF"),
    ("Zurich's budget shows a deficit of Fr. 45 million, the city of Zurich said.", 45e6, "CHF"),
    ("Geneva paid SFr 12 million for the site in Switzerland.", 12e6, "CHF"),
    ("The canton paid CHF 1'234'567 for the study, Bern said.", 1234567.0, "CHF"),
    ("The canton paid CHF 1’234’567 for the study, Bern said.", 1234567.0, "CHF"),
    ("Denmark's surplus reached DKK 85 billion.", 85e9, "DKK"),
    ("Copenhagen spent 4.5 billion Danish kroner on the metro.", 4.5e9, "DKK"),
    ("Denmark's state spent 300 million kroner on ferries, Copenhagen said.", 300e6, "DKK"),
    ("Norway's fund earned NOK 2.2 trillion in 2023.", 2.2e12, "NOK"),
    ("Oslo paid 15 billion Norwegian kroner for the tunnel.", 15e9, "NOK"),
    ("Norway's oil fund lost 12 billion kroner, Oslo said.", 12e9, "NOK"),
    ("Norway's ferry ticket costs kr 450 from Oslo.", 450.0, "NOK"),
    # the Balkans, the Caucasus, Central Asia, Belarus
    ("Croatia spent €2.1 billion on roads in 2023.", 2.1e9, "EUR"),
    ("Croatia's deficit was 8.2 billion kuna in 2022, Zagreb said.", 8.2e9, "HRK"),
    ("Croatia's deficit was HRK 8.2 billion in 2022.", 8.2e9, "HRK"),
    ("Armenia's exports reached AMD 1.9 trillion, Yerevan said.", 1.9e12, "AMD"),
    ("Armenia's budget rose by ֏150 billion, Yerevan said.", 150e9, "AMD"),
    ("Armenia collected 650 billion drams in taxes, Yerevan said.", 650e9, "AMD"),
    ("North Macedonia spent MKD 14 billion on pensions, Skopje said.", 14e9, "MKD"),
    ("North Macedonia spent 14 billion denars on pensions.", 14e9, "MKD"),
    ("North Macedonia spent 14 billion denari on pensions.", 14e9, "MKD"),
    ("Albania collected ALL 52 billion in VAT, Tirana said.", 52e9, "ALL"),
    ("Albania collected 52 billion lek in VAT.", 52e9, "ALL"),
    ("Bosnia paid KM 340 million in subsidies, Sarajevo said.", 340e6, "BAM"),
    ("Bosnia paid 340 million KM in subsidies, Sarajevo said.", 340e6, "BAM"),
    ("Bosnia paid BAM 340 million in subsidies.", 340e6, "BAM"),
    ("Bosnia paid 340 million convertible marks in subsidies.", 340e6, "BAM"),
    ("Moldova's budget deficit is MDL 16 billion.", 16e9, "MDL"),
    ("Moldova's budget deficit is 16 billion lei, Chisinau said.", 16e9, "MDL"),
    ("Moldova's budget deficit is 16 billion Moldovan lei.", 16e9, "MDL"),
    ("Kazakhstan's fund holds KZT 28 trillion.", 28e12, "KZT"),
    ("Kazakhstan's fund paid ₸4 trillion to the budget.", 4e12, "KZT"),
    ("Kazakhstan's fund paid 4 trillion tenge to the budget.", 4e12, "KZT"),
    ("Kyrgyzstan's budget is KGS 320 billion.", 320e9, "KGS"),
    ("Kyrgyzstan's budget is 320 billion som, Bishkek said.", 320e9, "KGS"),
    ("Kyrgyzstan's budget is 320 billion Kyrgyz soms.", 320e9, "KGS"),
    ("Tajikistan's budget is TJS 40 billion.", 40e9, "TJS"),
    ("Tajikistan's budget is 40 billion somoni.", 40e9, "TJS"),
    ("Belarus's budget is BYN 50 billion.", 50e9, "BYN"),
    ("Belarus's budget is Br50 billion, Minsk said.", 50e9, "BYN"),
    ("Belarus's budget is 50 billion Belarusian roubles.", 50e9, "BYN"),
    # sub-Saharan Africa
    ("Malawi paid MK45 billion for fertiliser, Lilongwe said.", 45e9, "MWK"),
    ("Malawi paid MWK 45 billion for fertiliser.", 45e9, "MWK"),
    ("Malawi paid 45 billion kwacha for fertiliser, Lilongwe said.", 45e9, "MWK"),
    ("Ethiopia's budget is Br 970 billion, Addis Ababa said.", 970e9, "ETB"),
    ("Ethiopia's budget is ETB 970 billion.", 970e9, "ETB"),
    ("Ethiopia's budget is 970 billion birr.", 970e9, "ETB"),
    ("Mozambique paid MT 3 billion for roads, Maputo said.", 3e9, "MZN"),
    ("Mozambique paid MZN 3 billion for roads.", 3e9, "MZN"),
    ("Mozambique paid 3 billion meticais for roads.", 3e9, "MZN"),
    ("Angola's oil earned Kz 12 trillion.", 12e12, "AOA"),
    ("Angola's oil earned AOA 12 trillion.", 12e12, "AOA"),
    ("Angola's oil earned 12 trillion kwanzas.", 12e12, "AOA"),
    ("Sierra Leone's budget is Le 15 trillion, Freetown said.", 15e12, "SLE"),
    ("Sierra Leone's budget is NLe 15 billion, Freetown said.", 15e9, "SLE"),
    ("Sierra Leone's budget is SLE 15 billion.", 15e9, "SLE"),
    ("Sierra Leone's budget is 15 billion leones, Freetown said.", 15e9, "SLE"),
    ("The Gambia's budget is D35 billion, Banjul said.", 35e9, "GMD"),
    ("The Gambia's budget is GMD 35 billion.", 35e9, "GMD"),
    ("The Gambia's budget is 35 billion dalasis.", 35e9, "GMD"),
    ("The Gambia's budget is 35 billion dalasi, Banjul said.", 35e9, "GMD"),
    ("Lesotho's budget is M25 billion, Maseru said.", 25e9, "LSL"),
    ("Lesotho's budget is LSL 25 billion.", 25e9, "LSL"),
    ("Lesotho's budget is 25 billion maloti.", 25e9, "LSL"),
    ("Eswatini's budget is E25 billion, Mbabane said.", 25e9, "SZL"),
    ("Eswatini's budget is SZL 25 billion.", 25e9, "SZL"),
    ("Eswatini's budget is 25 billion emalangeni.", 25e9, "SZL"),
    ("Senegal's budget is XOF 7 trillion, Dakar said.", 7e12, "XOF"),
    ("Senegal's budget is FCFA 7 trillion, Dakar said.", 7e12, "XOF"),
    ("Senegal's budget is 7 trillion FCFA, Dakar said.", 7e12, "XOF"),
    ("Senegal's budget is 7 trillion CFA francs, Dakar said.", 7e12, "XOF"),
    ("Cameroon's budget is XAF 6.7 trillion, Yaoundé said.", 6.7e12, "XAF"),
    ("Cameroon's budget is 6.7 trillion CFA francs, Yaoundé said.", 6.7e12, "XAF"),
    # a CFA franc of plain "Congo" is the Republic's (the DR Congo's franc is no CFA franc),
    # and the unions' capitals and demonyms name their franc too
    ("Congo's oil exports reached 1,200 billion CFA francs last year.", 1.2e12, "XAF"),
    ("Congolese customs collected 300 billion CFA francs last year.", 3e11, "XAF"),
    ("Chadian cotton earned 45 billion CFA francs, N'Djamena said.", 45e9, "XAF"),
    ("Ouagadougou said gold exports reached 2,000 billion CFA francs.", 2e12, "XOF"),
    ("Beninese customs collected 500 billion CFA francs, Cotonou said.", 5e11, "XOF"),
    ("Madagascar's budget is MGA 20 trillion.", 20e12, "MGA"),
    ("Madagascar's budget is Ar 20 trillion, Antananarivo said.", 20e12, "MGA"),
    ("Madagascar's budget is 20 trillion ariary.", 20e12, "MGA"),
    ("Cabo Verde's budget is CVE 80 billion, Praia said.", 80e9, "CVE"),
    ("Cabo Verde's budget is 80 billion escudos, Praia said.", 80e9, "CVE"),
    # the Pacific
    ("Papua New Guinea's budget is K27 billion, Port Moresby said.", 27e9, "PGK"),
    ("Papua New Guinea's budget is PGK 27 billion.", 27e9, "PGK"),
    ("Papua New Guinea's budget is 27 billion kina.", 27e9, "PGK"),
    ("Solomon Islands' budget is SI$4 billion.", 4e9, "SBD"),
    ("Solomon Islands' budget is SBD 4 billion.", 4e9, "SBD"),
    ("Solomon Islands' budget is 4 billion Solomon Islands dollars.", 4e9, "SBD"),
    ("Vanuatu's budget is VT 40 billion, Port Vila said.", 40e9, "VUV"),
    ("Vanuatu's budget is 40 billion vatu.", 40e9, "VUV"),
    ("Vanuatu's budget is VUV 40 billion.", 40e9, "VUV"),
    ("Tonga's budget is T$600 million, Nuku'alofa said.", 600e6, "TOP"),
    ("Tonga's budget is TOP 600 million, Nuku'alofa said.", 600e6, "TOP"),
    ("Tonga's budget is 600 million pa'anga.", 600e6, "TOP"),
    ("Kiribati's budget is A$300 million, Tarawa said.", 300e6, "AUD"),
    ("Palau's budget is US$120 million, Koror said.", 120e6, "USD"),
    ("Timor-Leste's budget is $2 billion, Dili said.", 2e9, "USD"),
    ("The Cook Islands' budget is NZ$200 million.", 200e6, "NZD"),
    # the Middle East and Asia
    ("Bahrain's deficit is BD1.2 billion, Manama said.", 1.2e9, "BHD"),
    ("Bahrain's deficit is BHD 1.2 billion.", 1.2e9, "BHD"),
    ("Bahrain's deficit is 1.2 billion Bahraini dinars.", 1.2e9, "BHD"),
    ("Lebanon's deficit is LBP 40 trillion, Beirut said.", 40e12, "LBP"),
    ("Lebanon's deficit is LL 40 trillion, Beirut said.", 40e12, "LBP"),
    ("Lebanon's deficit is 40 trillion Lebanese pounds.", 40e12, "LBP"),
    ("Lebanon's deficit is 40 trillion Lebanese lira.", 40e12, "LBP"),
    ("Iraq's budget is IQD 200 trillion, Baghdad said.", 200e12, "IQD"),
    ("Iraq's budget is ID 200 trillion, Baghdad said.", 200e12, "IQD"),
    ("Iraq's budget is 200 trillion Iraqi dinars.", 200e12, "IQD"),
    ("Afghanistan's budget is AFN 200 billion, Kabul said.", 200e9, "AFN"),
    ("Afghanistan's budget is Af 200 billion, Kabul said.", 200e9, "AFN"),
    ("Afghanistan's budget is 200 billion afghanis.", 200e9, "AFN"),
    ("Myanmar's budget is K40 trillion, Naypyitaw said.", 40e12, "MMK"),
    ("Myanmar's budget is Ks 40 trillion, Naypyitaw said.", 40e12, "MMK"),
    ("Myanmar's budget is MMK 40 trillion.", 40e12, "MMK"),
    ("Myanmar's budget is 40 trillion kyat.", 40e12, "MMK"),
    # Latin America and the Caribbean
    ("Chile's copper fund holds CLP 3 trillion.", 3e12, "CLP"),
    ("Chile's copper fund holds 3 trillion Chilean pesos.", 3e12, "CLP"),
    ("Argentina's deficit reached ARS 2 trillion.", 2e12, "ARS"),
    ("Argentina's deficit reached 2 trillion Argentine pesos.", 2e12, "ARS"),
    ("Barbados spent BDS$1.2 billion, Bridgetown said.", 1.2e9, "BBD"),
    ("Barbados spent Bds$1.2 billion, Bridgetown said.", 1.2e9, "BBD"),
    ("Barbados spent BBD 1.2 billion.", 1.2e9, "BBD"),
    ("Grenada spent EC$1.1 billion, the ECCB said.", 1.1e9, "XCD"),
    ("Grenada spent XCD 1.1 billion.", 1.1e9, "XCD"),
    ("Grenada spent 1.1 billion East Caribbean dollars.", 1.1e9, "XCD"),
    ("Guatemala's budget is Q127 billion, Guatemala City said.", 127e9, "GTQ"),
    ("Guatemala's budget is GTQ 127 billion.", 127e9, "GTQ"),
    ("Guatemala's budget is 127 billion quetzales.", 127e9, "GTQ"),
    ("Honduras's budget is L 400 billion, Tegucigalpa said.", 400e9, "HNL"),
    ("Honduras's budget is L400 billion, Tegucigalpa said.", 400e9, "HNL"),
    ("Honduras's budget is HNL 400 billion.", 400e9, "HNL"),
    ("Honduras's budget is 400 billion lempiras.", 400e9, "HNL"),
    ("Nicaragua's budget is C$ 120 billion, Managua said.", 120e9, "NIO"),
    ("Nicaragua's budget is C$120 billion, Managua said.", 120e9, "NIO"),
    ("Nicaragua's budget is NIO 120 billion.", 120e9, "NIO"),
    ("Nicaragua's budget is 120 billion córdobas.", 120e9, "NIO"),
    ("Haiti's budget is HTG 300 billion, Port-au-Prince said.", 300e9, "HTG"),
    ("Haiti's budget is G 300 billion, Port-au-Prince said.", 300e9, "HTG"),
    ("Haiti's budget is 300 billion gourdes.", 300e9, "HTG"),
    ("Suriname's budget is SRD 30 billion, Paramaribo said.", 30e9, "SRD"),
    ("Suriname's budget is SR$30 billion, Paramaribo said.", 30e9, "SRD"),
    ("Suriname's budget is 30 billion Surinamese dollars.", 30e9, "SRD"),
    ("Bolivia's budget is Bs 300 billion, La Paz said.", 300e9, "BOB"),
    ("Bolivia's budget is BOB 300 billion, La Paz said.", 300e9, "BOB"),
    ("Bolivia's budget is 300 billion bolivianos.", 300e9, "BOB"),
    ("Paraguay's budget is ₲ 100 trillion, Asunción said.", 100e12, "PYG"),
    ("Paraguay's budget is Gs 100 trillion, Asunción said.", 100e12, "PYG"),
    ("Paraguay's budget is PYG 100 trillion.", 100e12, "PYG"),
    ("Paraguay's budget is 100 trillion guaraníes.", 100e12, "PYG"),
    ("The Cayman Islands' budget is CI$1.1 billion.", 1.1e9, "KYD"),
    ("The Cayman Islands' budget is KYD 1.1 billion.", 1.1e9, "KYD"),
    ("Bermuda's budget is BD$1.2 billion, Hamilton said.", 1.2e9, "BMD"),
    ("Bermuda's budget is BMD 1.2 billion.", 1.2e9, "BMD"),
]


@pytest.mark.parametrize("text,value,unit", FORMS)
def test_each_new_country_money_form_reads_as_its_iso_code(text, value, unit):
    money = _money(text)
    assert _has(money, value, unit), money


# a bare "$" in a peso country's own press is its peso: the article counts money in pesos
# by name and never speaks of dollars
@pytest.mark.parametrize("text,value,unit", [
    ("Chile's copper fund held $3.5 trillion in March. The fund paid 120 billion pesos to the "
     "Treasury, the Finance Ministry said in Santiago.", 3.5e12, "CLP"),
    ("Argentina's deficit reached $2.8 trillion. Pensions cost 900 billion pesos, the Economy "
     "Ministry said in Buenos Aires.", 2.8e12, "ARS"),
    ("Mexico's remittances reached $5 billion. Mexico's central bank sold 2 billion pesos "
     "($110 million) of bonds.", 5e9, "USD"),                  # a conversion in brackets: "$" is the dollar
    ("Argentina's exports reached $2 billion, and the peso fell against the dollar. Farmers earned "
     "900 billion pesos.", 2e9, "USD"),                         # the article speaks of dollars
    ("The Philippines received $3 billion in remittances. Manila paid 50 billion pesos.", 3e9, "USD"),
])
def test_a_bare_dollar_sign_in_a_peso_country_s_own_press_is_its_peso(text, value, unit):
    assert _has(_money(text), value, unit), _money(text)


# thousands and decimal conventions of those presses
@pytest.mark.parametrize("text,value,unit", [
    ("The canton of Zurich paid CHF 1'234'567 for the study.", 1234567.0, "CHF"),
    ("The fund in Switzerland held 2'500'000 francs.", 2.5e6, "CHF"),
    ("Paraguay's state paid ₲ 2.500.000 to each pupil, Asunción said.", 2.5e6, "PYG"),
    ("Chile's state paid CLP 1.234.567 to each family, Santiago said.", 1234567.0, "CLP"),
    ("Norway's state paid NOK 1 234 567 to each farm.", 1234567.0, "NOK"),
    ("Norway's state paid NOK 1\u202f234\u202f567 to each farm.", 1234567.0, "NOK"),
])
def test_thousands_separators_of_those_presses(text, value, unit):
    assert _has(_money(text), value, unit), _money(text)


@pytest.mark.parametrize("text,value,unit", [
    ("Indonesia's fuel price rose to Rp10.000, Jakarta said.", 10000.0, "IDR"),
    ("Paraguay's bus fare is Gs 2.300, Asunción said, up 4.5%.", 2300.0, "PYG"),
    ("Chile's metro fare is CLP 1.250, Santiago said.", 1250.0, "CLP"),
    ("Kuwait's fuel costs KD1.250 a litre.", 1.25, "KWD / liter"),     # the dinar has fils: a decimal
    ("Oil fell to $1.250 a gallon.", 1.25, "USD / gallon"),
])
def test_one_dot_group_is_thousands_in_a_currency_priced_in_whole_units(text, value, unit):
    assert _has(_money(text), value, unit), _money(text)


def test_an_apostrophe_grouped_count_is_read_whole():
    claims = extracted("Switzerland counted 8'812'546 residents at the end of 2023, Bern said.", DAY)
    assert any(c.value == 8812546 for c in claims), [(c.surface, c.value) for c in claims]


# a capital letter glued to a figure is money only in its country's article, before a money figure
@pytest.mark.parametrize("text", [
    "In Lesotho, the M1 road to Maseru reopened after 5 days.",
    "In Eswatini, the E4 highway to Mbabane reopened.",
    "In The Gambia, Grade D 5 pupils sat the test in Banjul.",
    "Lesotho's M 5 class rose, Maseru said.",
    "The Gambia's D3 division won 2 games, Banjul said.",
    "Haiti's G7 partners met in Port-au-Prince.",
    "The Gambia's ruling party won 5 D seats.",
    "The Gambian athlete ran 400 m in 45 seconds.",
    "Lesotho's plant makes 30 MW, Maseru said.",
    "Le Monde reported that 5 billion people voted.",
    "The budget reached M25 billion.",            # "M" without Lesotho: nothing
    "The budget reached D35 billion.",
    "The budget reached Q127 billion.",
    "The budget reached LL 40 trillion.",
    "The budget reached ID 200 trillion.",
    "FC Barcelona paid 100 million for the striker.",   # a football club, no Congolese francs
    "In Iraq, form ID12345 was filed in Baghdad.",      # an identifier: no scale, no grouped digits
    "The CUP 2 billion pledge was made.",
    "The LD 5 billion deal was signed.",
])
def test_a_capital_letter_or_unit_never_turns_into_money_outside_its_country(text):
    assert not any(u in ("LSL", "SZL", "GMD", "HTG", "GTQ", "LBP", "IQD", "SLE", "CDF", "CUP", "LYD") for _, _, u in _money(text)), _money(text)


@pytest.mark.parametrize("text,value,unit", [
    ("Denmark's pension funds lost DKr 40 billion, Copenhagen said.", 40e9, "DKK"),
    ("Norway's fund earned NKr2.2tn in 2023.", 2.2e12, "NOK"),
    ("Sweden's Riksbank lost SKr 80 billion.", 80e9, "SEK"),
    ("Ethiopia's parliament approved a Birr 970 billion budget.", 970e9, "ETB"),
    ("Honduras spent Lps. 12 billion on schools, Tegucigalpa said.", 12e9, "HNL"),
    ("Haiti's budget is Gdes 300 billion, Port-au-Prince said.", 300e9, "HTG"),
    ("Lebanon's deficit is L.L. 40 trillion, Beirut said.", 40e12, "LBP"),
    ("Sierra Leone's budget was SLL 15 trillion before the redenomination.", 15e12, "SLL"),
    ("Lesotho's water project cost M250m, Maseru said.", 250e6, "LSL"),
    ("The Gambia's budget is D35bn, Banjul said.", 35e9, "GMD"),
    ("Switzerland's bank lost Sfr 12 million, Bern said.", 12e6, "CHF"),
    ("Samoa's budget is WS$1.2bn, Apia said.", 1.2e9, "WST"),
    ("Yemen's budget is YR1.2 trillion, Aden said.", 1.2e12, "YER"),
    ("The DR Congo's budget is FC 1.2 trillion, Kinshasa said.", 1.2e12, "CDF"),
    ("Burundi's budget is FBu 1.2 trillion, Gitega said.", 1.2e12, "BIF"),
    ("Djibouti's budget is FDJ 100 billion.", 100e9, "DJF"),
    ("São Tomé's budget is 5 billion dobras.", 5e9, "STN"),
    ("Venezuela's budget is Bs.S 30 billion, Caracas said.", 30e9, "VES"),
    ("Libya's budget is LD 100 billion, Tripoli said.", 100e9, "LYD"),
    ("Turkey's budget is TL 10 trillion.", 10e12, "TRY"),
    ("Ethiopia's budget is birr 970 billion.", 970e9, "ETB"),
    ("Niger's budget is CFAF 3 trillion, Niamey said.", 3e12, "XOF"),
    ("The Maldives' budget is MRf 40 billion.", 40e9, "MVR"),
    ("The Maldives' budget is Rf 40 billion, Male said.", 40e9, "MVR"),
    ("Afghanistan's budget is 200 billion Afs, Kabul said.", 200e9, "AFN"),
    ("Cuba's budget is CUP 100 billion, Havana said.", 100e9, "CUP"),
    ("Aruba's budget is Afl. 1.2 billion, Oranjestad said.", 1.2e9, "AWG"),
    ("Curaçao's budget is NAf 1.2 billion, Willemstad said.", 1.2e9, "ANG"),
])
def test_the_financial_and_local_press_abbreviations(text, value, unit):
    assert _has(_money(text), value, unit), _money(text)


# a bare "$" is the dollar the island state spends: Australia's in Kiribati, Tuvalu and
# Nauru, New Zealand's in the Cook Islands, and the Bermudian and Caymanian dollars at home
@pytest.mark.parametrize("text,unit", [
    ("Kiribati's budget reached $300 million. Kiribati's fishing licences pay most of it, and "
     "Kiribati's government in Tarawa said so.", "AUD"),
    ("The Cook Islands' budget reached $200 million. The Cook Islands government in Rarotonga said "
     "Cook Islands tourism pays most.", "NZD"),
    ("Bermuda's budget reached $1.2 billion, the Bermuda Monetary Authority said.", "BMD"),
    ("The Cayman Islands' budget reached $1.1 billion, the Cayman Islands Monetary Authority said.", "KYD"),
    ("Palau's budget reached $120 million. Palau's tourism pays most, Palau's government said.", "USD"),
])
def test_a_bare_dollar_in_a_pacific_or_atlantic_island_s_press(text, unit):
    money = _money(text)
    assert money and money[0][2] == unit, money
