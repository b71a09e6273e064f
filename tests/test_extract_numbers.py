"""How the number grammar reads every number the news prints (issue 9): units from the
catalogue, money forms, rates per unit, number formats, signs, ranges and from–to pairs,
the direction of a change, counted nouns, and numbers inside names. One rule per case."""

from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import extracted


DAY = "2024-05-01"


def _one(text: str, surface: str):
    found = [c for c in extracted(text, DAY) if c.surface == surface]
    assert found, [c.surface for c in extracted(text, DAY)]
    return found[0]


def _typed(text: str, surface: str):
    c = _one(text, surface)
    return c.value, c.unit, c.kind


@pytest.mark.parametrize("text,surface,value,unit,kind", [
    ("It doubles the base storage to 256GB.", "256GB", 256, "gigabyte", "measure"),
    ("The SF90 has 938 horsepower.", "938 horsepower", 938, "horsepower", "measure"),
    ("It makes 275 pound-feet of torque at 3000 rpm.", "3000 rpm", 3000, "revolution / minute", "measure"),
    ("The ATV Madness 2.4Ghz toy was recalled.", "2.4Ghz", 2.4, "gigahertz", "measure"),
    ("Winds reached 50mph on Tuesday.", "50mph", 50, "mile / hour", "measure"),
    ("Each tablet holds 500mg of the drug.", "500mg", 500, "milligram", "measure"),
    ("The panel failed at 9 ksi.", "9 ksi", 9, "kip_per_square_inch", "measure"),
    ("The pixel pitch was 352 μm.", "352 μm", 352, "micrometer", "measure"),
    ("It is 11 FEET taller.", "11 FEET", 11, "foot", "measure"),
    ("The engine makes 640bhp.", "640bhp", 640, "horsepower", "measure"),
    ("The lap took 3.5 seconds.", "3.5 seconds", 3.5, "second", "duration"),
    # a unit's name after a name's number makes it a quantity
    ("Acme Power's 300 megawatt Sunfield plant opened.", "300 megawatt", 300, "megawatt", "measure"),
    ("The Lenovo Yoga 14 inch model is light.", "14 inch", 14, "inch", "measure"),
    # a news unit after a hyphen, a unit over a denominator, the prime signs
    ("It gets a 7-mpg gain in town.", "7-mpg", 7, "mile / gallon", "measure"),
    ("The field reached 25 kV/cm.", "25 kV/cm", 25, "kilovolt / centimeter", "measure"),
    ("The cell ran at 0.5 A/cm2 all day.", "0.5 A/cm2", 0.5, "ampere / centimeter ** 2", "measure"),
    ("The wind blew at 12 m/s on the coast.", "12 m/s", 12, "meter / s", "measure"),
    ("The board is 18.5″ wide.", "18.5″", 18.5, "inch", "measure"),
])
def test_units_from_the_catalogue(text, surface, value, unit, kind):
    assert _typed(text, surface) == (pytest.approx(value), unit, kind)


@pytest.mark.parametrize("text,name", [
    ("Sales: Alto 884 N/A 1,620", "884 N/A"),  # "not available", no newton per ampere
    ("Apollo 11 days later was forgotten.", "11 days"),  # a span of time does not undo a name
])
def test_no_unit_is_read_into_an_abbreviation_or_a_name(text, name):
    assert not [c for c in extracted(text, DAY) if c.surface == name], [c.surface for c in extracted(text, DAY)]


def test_the_catalogue_loads_without_quantulum3s_parser():
    code = ("from factcheck.extract.catalogue import catalogue; import sys; c = catalogue(); "
            "print(len(c.surfaces) > 300, 'quantulum3' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["True", "False"]


@pytest.mark.parametrize("text,surface,value,unit", [
    ("Heineken Malaysia closed at RM23.50.", "RM23.50", 23.5, "MYR"),
    ("It rose 18 sen.", "18 sen", 0.18, "MYR"),
    ("Assets of $US55,931,000 were frozen.", "$US55,931,000", 55931000, "USD"),
    ("Crude was at US $58.24 on Monday.", "US $58.24", 58.24, "USD"),
    ("Revenue was HK $3.7 billion.", "HK $3.7 billion", 3.7e9, "HKD"),
    ("South Africa's rand economy grew; sales hit R4,2 billion.", "R4,2 billion", 4.2e9, "ZAR"),
    ("At 118.5p, its shares have climbed.", "118.5p", 1.185, "GBP"),
    ("He bought a notebook for 1,200€.", "1,200€", 1200, "EUR"),
    ("It had 7.5 million Danish crowns in deposits.", "7.5 million Danish crowns", 7.5e6, "DKK"),
    ("Turnover was 1.23 billion shekels.", "1.23 billion shekels", 1.23e9, "ILS"),
    ("It was worth up to PS2.7m.", "up to PS2.7m", 2.7e6, "GBP"),  # "£" as an ASCII-folding feed prints it
    # the Gulf's, Ghana's, Israel's and Egypt's own abbreviations (first met in the blind corpus)
    ("Non-oil trade reached Dh679 billion.", "Dh679 billion", 679e9, "AED"),
    ("Saudi Arabia's surplus was SR26.8 billion.", "SR26.8 billion", 26.8e9, "SAR"),
    ("Qatar's exports were QR12 billion.", "QR12 billion", 12e9, "QAR"),
    ("Arrears fell to GH¢11.5bn.", "GH¢11.5bn", 11.5e9, "GHS"),
    ("Spending was GH₵4.5 billion.", "GH₵4.5 billion", 4.5e9, "GHS"),
    ("The deficit was NIS 22.5 billion.", "NIS 22.5 billion", 22.5e9, "ILS"),
    ("Tolls brought in E£5 million.", "E£5 million", 5e6, "EGP"),
])
def test_money_forms(text, surface, value, unit):
    assert _typed(text, surface) == (pytest.approx(value), unit, "money")


def test_a_console_is_no_money():
    assert [c.surface for c in extracted("Sony sold the PS5 console.", DAY)] == []


def test_a_riyal_prefix_needs_a_saudi_article():
    """"SR" glued to digits is riyals only where the article speaks of riyals or Saudi Arabia:
    elsewhere it is a name ("the SR71")."""
    assert [c.unit for c in extracted("The SR71 flew at 2,200 mph.", DAY) if c.surface.startswith("SR")] == []


@pytest.mark.parametrize("text,surface,value,unit", [
    ("The contract was at US $58.24 per barrel.", "US $58.24 per barrel", 58.24, "USD / barrel"),
    ("Profit was 63 cents a share.", "63 cents a share", 0.63, "USD / share"),
    ("They have a $3,500 a month mortgage.", "$3,500 a month", 3500, "USD / month"),
    ("Fertility is 2.1 children per woman.", "2.1 children per woman", 2.1, "count / woman"),
    ("There were 12 deaths per 100,000 people.", "12 deaths per 100,000 people", 12, "count / 100000 person"),
    ("Neutron stars spin 78,000 times a minute.", "78,000 times a minute", 78000, "count / minute"),
])
def test_rates_keep_their_denominator(text, surface, value, unit):
    c = _one(text, surface)
    assert (c.value, c.unit) == (pytest.approx(value), unit)


def test_a_comparison_a_year_earlier_is_no_rate():
    c = _one("Revenue rose to $7.36 billion from $6.78 billion a year earlier.", "$6.78 billion")
    assert c.unit == "USD"


@pytest.mark.parametrize("text,surface,value", [
    ("Le PIB a atteint 1.234.567,5 euros, soit 4,2 %.", "1.234.567,5 euros", 1234567.5),
    ("Le PIB a atteint 1.234.567,5 euros, soit 4,2 %.", "4,2 %", 4.2),
    ("Output reached 1 234 567 tonnes.", "1 234 567 tonnes", 1234567),
    ("It would make the S8 around 25k cheaper.", "around 25k", 25000),
    ("There were 4 hundred million people.", "4 hundred million people", 4e8),
    ("The current population is about 8 B people.", "about 8 B people", 8e9),
    ("There are twenty-eight thousand six hundred forty-two students.",
     "twenty-eight thousand six hundred forty-two students", 28642),
    ("The mass of the sun is approximately 1.99×10−30 kilograms.", "approximately 1.99×10−30 kilograms", 1.99e-30),
])
def test_number_formats(text, surface, value):
    assert _one(text, surface).value == pytest.approx(value)


def test_an_english_article_keeps_its_thousands_commas():
    c = _one("Exports rose 4.5% to 215,000 tonnes, or 1.2 percent of the total.", "215,000 tonnes")
    assert c.value == 215000


@pytest.mark.parametrize("text,surface,value,direction", [
    ("In Europe: Stoxx 50 -1.3% FTSE -0.6%.", "1.3%", -1.3, "down"),
    ("The trade balance fell to $-50.8bn.", "$-50.8bn", -50.8e9, None),
    ("The offense was minus-5 yards.", "5 yards", -5, None),
    ("Output grew (+4.3 per cent) last year.", "4.3 per cent", 4.3, "up"),
])
def test_signs(text, surface, value, direction):
    c = _one(text, surface)
    assert (c.value, c.direction) == (pytest.approx(value), direction)


@pytest.mark.parametrize("text,surface,direction", [
    ("Blackmores rose, up 9.4 per cent.", "9.4 per cent", "up"),
    ("The Dow Jones Industrial Average lost 190 points.", "190 points", "down"),
    ("Shares shed 3 percent on Monday.", "3 percent", "down"),
    ("The contract was up 19 cents.", "19 cents", "up"),
    ("The index edged down 0.03% on Monday.", "0.03%", "down"),
    ("Services made up 55 percent of GDP.", "55 percent", None),  # a particle, not a rise
    ("The surplus narrowed, a decrease of $83m on December.", "$83m", "down"),
    ("It was driven by a $3.8 billion decrease in exports.", "$3.8 billion", "down"),
    ("Employment came in at +13.5k in January.", "13.5k", "up"),
    ("The deficit increased $5.1 billion, or 11.8 percent.", "11.8 percent", "up"),
    ("Exports have grown by 5.7% over the month and 15.8% year-on-year.", "15.8%", "up"),
])
def test_the_direction_of_a_change(text, surface, direction):
    assert _one(text, surface).direction == direction


@pytest.mark.parametrize("text,surface,value,end,unit", [
    ("The deal is worth between $3 billion and $5 billion.", "between $3 billion and $5 billion", 3e9, 5e9, "USD"),
    ("Margins are seen at 3-5%.", "3-5%", 3, 5, "percent"),
    ("Prices range from $370,000 to $5.5 million.", "$370,000 to $5.5 million", 370000, 5.5e6, "USD"),
    ("It costs $5-6 billion.", "$5-6 billion", 5e9, 6e9, "USD"),
    ("There are four to five thousand people.", "four to five thousand people", 4000, 5000, "count"),
    ("The IPO is priced between $62 and $68 per share.", "between $62 and $68 per share", 62, 68, "USD / share"),
    ("A laser of 5-10W was used.", "5-10W", 5, 10, "watt"),
    ("Adults need about 2000 - 2500 Calories.", "about 2000 - 2500 Calories", 2000, 2500, "calorie"),
    # the unit written once after two neighbouring numbers joined by "or"
    ("The repairs took 3 or 4 days.", "3 or 4 days", 3, 4, "day"),
    # "from X up to Y": the upper end carries its own bound
    ("Flats measure from 450 sq ft up to 900 sq ft.", "450 sq ft up to 900 sq ft", 450, 900, "square_foot"),
])
def test_ranges(text, surface, value, end, unit):
    c = _one(text, surface)
    assert (c.value, c.end, c.unit, c.qualifier) == (pytest.approx(value), pytest.approx(end), unit, "range")


def test_from_to_pairs_record_both_levels():
    cs = extracted("Ethereum fell from $2,415 to $2,315 overnight.", DAY)
    assert [(c.surface, c.value, c.base_value) for c in cs] == [
        ("$2,415", 2415, None), ("$2,315", 2315, 2415)]
    assert [c.context.get("pair") for c in cs] == ["from", "to"]


def test_a_chain_of_levels_and_a_shared_unit():
    cs = extracted("The reward rises from $160 to $180 to $200. He dropped from 208 pounds to 193.", DAY)
    assert [(c.value, c.unit, c.base_value) for c in cs] == [
        (160, "USD", None), (180, "USD", 160), (200, "USD", 180), (208, "pound", None), (193, "pound", 208)]


@pytest.mark.parametrize("text,surface,counted", [
    ("VR headset sales rose to 3.9 million headsets, up from 2.4 million.", "2.4 million", "headsets"),
    ("The goal was to have four charging stations by 2020.", "four charging stations", "charging stations"),
    ("More than 6 million homes, including 1.5 million in Los Angeles, lost power.", "1.5 million", "homes"),
    ("He pled guilty to one count of wire fraud.", "one count", "count"),
    ("About 60 commercial fishermen work there.", "About 60 commercial fishermen", "commercial fishermen"),
    # modifiers coordinated before the head belong to the phrase
    ("Police recovered 300 British and French bicycles.", "300 British and French bicycles",
     "British and French bicycles"),
    # a word in -ed after the head starts a verb, not more of the phrase
    ("Two retired nurses founded the charity.", "Two retired nurses", "retired nurses"),
    # a model's number inside the phrase is part of a name
    ("The carrier grounded three new 787 Dreamliner jets.", "three new 787 Dreamliner jets",
     "new 787 Dreamliner jets"),
    # a measure between the count and its noun modifies the noun and stays a quantity
    ("The brewery filled 40,000 330ml cans last month.", "40,000", "cans"),
    # irregular plurals that are their own singular
    ("The agency hired 3,000 staff this year.", "3,000 staff", "staff"),
])
def test_counted_things_keep_their_noun(text, surface, counted):
    assert _one(text, surface).context.get("counted") == counted


def test_a_measure_between_a_count_and_its_noun_is_read_too():
    assert [(c.surface, c.value, c.unit) for c in extracted("The brewery filled 40,000 330ml cans last month.", DAY)] \
        == [("40,000", 40000, "count"), ("330ml", 330, "cubic_centimeter")]


@pytest.mark.parametrize("text,surface,value", [
    ("The firm now employs more than 1500 engineers.", "more than 1500 engineers", 1500),
    ("The startup hired 2000 workers in March.", "2000 workers", 2000),
    ("Donations averaged at least 1200 a month.", "at least 1200 a month", 1200),  # a rate: count / month
])
def test_a_year_like_number_that_counts(text, surface, value):
    assert _one(text, surface).value == value


@pytest.mark.parametrize("text", [
    "Its 2000 models sold well.", "In 2000 exports rose.", "Sales fell in 1900 and 2000.",
    "Toyota's 2000 results were strong.",
])
def test_years_stay_anchors(text):
    assert not [c for c in extracted(text, DAY) if "2000" in c.surface or "1900" in c.surface]


@pytest.mark.parametrize("text,name", [
    ("Apple's new iPhone 11 Pro cameras shine.", "11"),
    ("Australia's S&P/ASX 200 gained 0.7 percent.", "200"),
    ("The debut of Boeing's own 787 Dreamliner was marred.", "787"),
    ("Leaders of the Group of 20 met.", "20"),
    ("It was one of the best speakers around.", "one"),
    ("Bristol City beat Charlton 2-1 at Ashton Gate.", "2"),
    ("Callum 2019-09-01T10:42:37.956Z posted it.", "42"),
    ("In the 0401 area code it rang.", "0401"),
    ("They procured thousands of COVID -19 tests.", "19"),
])
def test_numbers_in_names_codes_and_scores_are_not_claims(text, name):
    assert not [c for c in extracted(text, DAY) if name in c.surface], [c.surface for c in extracted(text, DAY)]


def test_a_count_of_a_named_product_is_still_a_count():
    c = _one("It delivered 400 Chinese tourists and three Germans.", "400 Chinese tourists")
    assert (c.value, c.unit) == (400, "count")


@pytest.mark.parametrize("text,surface,qualifier", [
    ("It helps produce sub-7 nanometer chips.", "sub-7 nanometer", "less_than"),
    ("Output rose one per cent.", "one per cent", "exact"),
])
def test_qualifiers_and_one(text, surface, qualifier):
    assert _one(text, surface).qualifier == qualifier


def test_a_bare_dollar_is_the_dollar_of_the_country_reported_on():
    text = ("International Trade in Goods and Services, Australia\n"
            "Goods and services credits fell 3% to $40,122m. The fine is 10.5 million Australian dollars "
            "($7.5 million).")
    units = {c.surface: c.unit for c in extracted(text, DAY)}
    assert units["$40,122m"] == "AUD"
    assert units["$7.5 million"] == "USD"  # a conversion in brackets is into US dollars
    assert _one("Exports to Canada rose to $5 billion, the Commerce Department said.", "$5 billion").unit == "USD"


@pytest.mark.parametrize("text,surface,value,unit,kind", [
    ("Kenya\nKenya rakes in Sh100bn from global tourists.", "Sh100bn", 1e11, "KES", "money"),
    ("Nigeria\nThe profit rose to N1.1 trillion in Nigeria.", "N1.1 trillion", 1.1e12, "NGN", "money"),
    ("Earnings rose 4 cents, after a 9-cent gain.", "9-cent", 0.09, "USD", "money"),
    ("Monthly hours worked rose to 1,676.0 million hours.", "1,676.0 million hours", 1.676e9, "hour", "measure"),
    ("Job gains have averaged 218,000 per month.", "218,000 per month", 218000, "count / month", "count"),
    ("The unemployment rate decreased 0.1 pts to 5.7%.", "0.1 pts", 0.1, "percentage_point", "percentage_point"),
    ("Newfoundland and Labrador 11.8% (11.2)", "11.2", 11.2, "percent", "percent"),
    ("Debt is more than twice the size of the economy.", "more than twice", 2, "times", "multiplier"),
    ("Trade was USD1.749 trillion, of which exports amounted to 958.34 billion.", "958.34 billion", 958.34e9,
     "USD", "money"),
])
def test_units_written_once_and_local_money(text, surface, value, unit, kind):
    assert _typed(text, surface) == (pytest.approx(value), unit, kind)


def test_twice_as_a_count_of_events_states_no_figure():
    assert [c.surface for c in extracted("The MPC has changed its stance twice.", DAY)] == []


def test_a_row_of_figures_after_a_name_is_data():
    cs = extracted("Swift 82 386 -79% 186 -56% 1,548 3,610 -57%", DAY)
    assert [(c.surface, c.value, c.unit) for c in cs][:5] == [
        ("82", 82, "count"), ("386", 386, "count"), ("79%", -79, "percent"), ("186", 186, "count"),
        ("56%", -56, "percent")]


@pytest.mark.parametrize("text,later,earlier", [
    ("Bitcoin plummeted from $36,040 at 10.45pm last night to $34,935 at 5am.", "$34,935", 36040),
    ("Revenue in the quarter rose to $7.36 billion from $6.78 billion a year earlier.", "$7.36 billion", 6.78e9),
    ("Weekly volume narrowed to 138,285 lots from 212,577 lots.", "138,285 lots", 212577),
    ("Horsepower jumped from 240 to 273.", "273", 240),
    ("Fuel economy climbed from 21 mpg combined to 23 for FWD models.", "23", 21),
])
def test_the_later_level_of_a_pair_records_the_earlier(text, later, earlier):
    assert _one(text, later).base_value == pytest.approx(earlier)


@pytest.mark.parametrize("text,name", [
    ("Unit 3 at 16-18 Industrial Avenue was leased.", "16"),
    ("It launched the electric ID.3 and ID.4 models.", "4"),
    ("One fluid ounce is 1⁄32 of a quart.", "32"),
])
def test_addresses_and_identifiers_are_not_claims(text, name):
    assert not [c for c in extracted(text, DAY) if name in c.surface], [c.surface for c in extracted(text, DAY)]


def test_mil_is_million_glued():
    assert _one("They laundered RM3.06mil from victims.", "RM3.06mil").value == pytest.approx(3.06e6)


def test_abbreviated_counts_of_sports_desks():
    c = _one("Maldonado (15.3 ppg, 7.4 rpg)", "15.3 ppg")
    assert (c.value, c.unit, c.context.get("counted")) == (15.3, "count / game", "points")


def test_east_african_amounts_and_a_stray_stop_after_a_currency_sign():
    text = "Tanzania tourism\nSpending stood at 161 US dollars (366,275/- ) a night and totalled US$. 1.094 billion."
    units = {c.surface: (c.value, c.unit) for c in extracted(text, DAY)}
    assert units["366,275/-"] == (366275, "TZS / night")  # the rate after the bracket is said of both
    assert units["161 US dollars"] == (161, "USD / night")
    assert units["US$. 1.094 billion"] == (1.094e9, "USD")


@pytest.mark.parametrize("text,surface", [
    ("They moved to help their older daughter Maria, who was 10.", "10"),
    ("The average life expectancy for men in Glasgow is around 73, raising the prospect.", "around 73"),
])
def test_ages_stated_without_years_old(text, surface):
    c = _one(text, surface)
    assert (c.unit, c.kind, c.context.get("age")) == ("year", "duration", True)


def test_a_million_is_a_number():
    assert _typed("It is a million dollar house.", "a million dollar") == (1e6, "USD", "money")


@pytest.mark.parametrize("text,later,unit,earlier", [
    # two levels at two dates are a pair, with or without a word of change
    ("Mileage went from 20 miles per gallon in 2008 to 29 mpg in 2020.", "29 mpg", "mile / gallon", 20),
    # the later level keeps the earlier one's denominator
    ("Crude fell from $75 per barrel to $45.88 by December.", "$45.88", "USD / barrel", 75),
])
def test_pairs_across_dates_and_rates(text, later, unit, earlier):
    c = _one(text, later)
    assert (c.unit, c.base_value) == (unit, earlier)


@pytest.mark.parametrize("text,surface,unit", [
    ("Economy improved from about 14-18 mpg to 24 for SUVs.", "24", "mile / gallon"),  # "from A to B"
    ("It comes with a 7- or 8-inch screen.", "7", "inch"),  # a suspended hyphen
    ("Gold rose $31.20 US.", "$31.20 US", "USD"),  # the dollars named after the figure
    ("Oil hit $75 U.S. per barrel in October.", "$75 U.S. per barrel", "USD / barrel"),
    ("The market is growing five percent a year.", "five percent a year", "percent"),
    ("Netflix raised fees by £24 a-year.", "£24 a-year", "GBP / year"),
    ("Temperatures will reach 12 C on Monday.", "12 C", "degree_Celsius"),  # a capital C alone is a temperature
    ("It makes 224 kW / 300 PS.", "300 PS", "metric_horsepower"),  # "/" with a number: the same in another unit
    ("It makes 224 kW / 300 PS.", "224 kW", "kilowatt"),
])
def test_units_written_elsewhere_or_once(text, surface, unit):
    assert _one(text, surface).unit == unit


def test_a_rate_per_span_of_a_percentage_is_recorded():
    assert _one("The market is growing five percent a year.", "five percent a year").context["per"] == "year"


@pytest.mark.parametrize("text,surface,unit", [
    # what follows a bracketed conversion is said of both amounts
    ("The offer was C$6 (US$4.46) per share.", "C$6", "CAD / share"),
    ("The offer was C$6 (US$4.46) per share.", "US$4.46", "USD / share"),
    ("Israel's 9 billion shekels ($2.408 billion) a year industry suffers.", "9 billion shekels", "ILS / year"),
    # a bare amount converted like an earlier one is in that one's currency
    ("It cost 2,435,000 yen ($22,480) for the manual and 2,380,000 ($21,972) for the CVT.", "2,380,000", "JPY"),
    # never in the currency it is converted into
    ("Profits were 2.2 billion shekels ($590 million) and 71 million.", "71 million", "ILS"),
    ("Their wealth was a record 771.3 billion ($1tn).", "771.3 billion", "count"),
])
def test_amounts_and_their_conversions(text, surface, unit):
    assert _one(text, surface).unit == unit


@pytest.mark.parametrize("text,surface,whole", [
    ("Half the condos have sold.", "Half", "condos"),
    ("One fourth of the US population is vaccinated.", "One fourth", "US population"),
    ("A third of the Welsh population lives in Cardiff.", "A third", "Welsh population"),
    ("It employs 600 people, almost half of which are in California.", "almost half", "which"),
    ("One in five adults smoke.", "One in five", "adults"),
])
def test_a_fraction_records_its_whole(text, surface, whole):
    assert _one(text, surface).context["share_of"] == whole


@pytest.mark.parametrize("text,surface,counted", [
    ("Two of Johnson's deputies were fired.", "Two", "Johnson's deputies"),
    ("Three of its members voted against.", "Three", "members"),
    ("Four of the nine-person committee agreed.", "Four", "nine-person committee"),
])
def test_partitives_count_the_whole_they_take_from(text, surface, counted):
    assert _one(text, surface).context["counted"] == counted


@pytest.mark.parametrize("text,surface", [
    ("Children under the age of 5 years are at risk.", "5 years"),
    ("It cut through 400 million-year-old rock.", "400 million-year-old"),
])
def test_ages_with_a_time_unit(text, surface):
    assert _one(text, surface).context.get("age") is True


def test_a_name_s_number_takes_no_million():
    assert _one("Israel's 9 billion shekels industry suffers.", "9 billion shekels").value == 9e9


@pytest.mark.parametrize("text,surface,counted", [
    ("A nine-member committee met.", "nine-member", "members"),
    ("It has a four-cylinder engine.", "four-cylinder", "cylinders"),
    ("The 12 page document was leaked.", "12 page", "pages"),  # the compound written apart
    ("A 5,000-strong crowd gathered.", "5,000-strong", "members"),
])
def test_compound_modifiers_that_count(text, surface, counted):
    assert _one(text, surface).context["counted"] == counted


@pytest.mark.parametrize("text,name", [
    ("It was an eight-point decision.", "eight"),
    ("He sought a two-way trade.", "two"),
    ("Seas will rise by 2120, scientists warn.", "2120"),
    ("In the 90049 ZIP Code prices fell.", "90049"),
])
def test_no_figure_in_other_compounds_far_years_and_codes(text, name):
    assert not [c for c in extracted(text, DAY) if name in c.surface], [c.surface for c in extracted(text, DAY)]


@pytest.mark.parametrize("text,surface,counted", [
    ("The firm offered two gas-only powertrain options.", "two gas-only powertrain options",
     "gas-only powertrain options"),  # a hyphenated word in -ly is no adverb
    ("They paid five monthly payments.", "five monthly payments", "monthly payments"),
    ("It built three family homes.", "three family homes", "family homes"),
])
def test_words_in_ly_inside_a_counted_phrase(text, surface, counted):
    assert _one(text, surface).context["counted"] == counted


@pytest.mark.parametrize("text,surface,value,unit,direction", [
    ("The DAX increased by 2 percent but the Nasdaq decreased by 1.", "1", 1, "percent", "down"),
    ("Exports rose $5 billion while imports fell 3.", "3", 3e9, "USD", "down"),
])
def test_a_parallel_change_shares_its_unit(text, surface, value, unit, direction):
    c = _one(text, surface)
    assert (c.value, c.unit, c.direction) == (value, unit, direction)


def test_over_a_quarter_set_off_after_a_conjunction_is_a_span_of_time_not_a_share():
    surfaces = {c.surface for c in extracted("Sales reached EUR 840.2 and, over a quarter, grew by 2.1%.", DAY)}
    assert "over a quarter" not in surfaces and "2.1%" in surfaces
    share = {c.surface: c.unit for c in extracted("Some 53,000 residents, i.e. over a third, were retired.", DAY)}
    assert share.get("over a third") == "percent"  # an apposition to a noun stays a share


def test_a_from_to_pair_with_a_bracketed_label_on_each_end_shares_the_unit():
    units = {c.surface: c.unit for c in extracted("Prices rose in every district – from 0.3 (Lorne) to 5.2% (Avoca).", DAY)}
    assert units["0.3"] == "percent"


def test_bracketed_changes_in_a_list_are_percentages_where_one_prints_its_sign():
    units = {c.surface: c.unit for c in extracted(
        "Imports grew on fuel (+12.6), machinery (-3.1), textiles (+8%) and grain (+ 2.2%).", DAY)}
    assert units["12.6"] == "percent" and units["3.1"] == "percent"
    assert {c.surface: c.unit for c in extracted("Fuel (+12.6) and machinery (-3.1) were listed.", DAY)}["12.6"] == "count"


def test_an_earlier_level_named_as_a_forecast_shares_the_later_levels_unit():
    units = {c.surface: c.unit for c in extracted("The harvest rose 9% to 612,000 tonnes from a forecast 580,000.", DAY)}
    assert units["580,000"] == "tonne"


def test_working_and_trading_days_are_a_span_of_days():
    assert _typed("The month had 21 working days this year.", "21 working days")[1:] == ("day", "duration")


def test_a_fraction_a_noun_of_change_names_ends_its_phrase():
    units = {c.surface: c.unit for c in extracted("A rise of a third in the spring surprised traders.", DAY)}
    assert units.get("a third") == "percent"
    assert "a third" not in {c.surface for c in extracted("An increase of a third party's fee was rejected.", DAY)}


def test_a_rates_change_in_points_is_in_percentage_points():
    assert _typed("The jobless rate of the region was down 0.4 points in May.", "0.4 points")[1:] == \
        ("percentage_point", "percentage_point")
    assert _typed("The index was down 40 points in May.", "40 points")[1] == "point"


def test_a_reduction_of_half_is_left_unread_as_before():
    assert "half" not in {c.surface for c in extracted("This is a reduction of half compared with 2021.", DAY)}
