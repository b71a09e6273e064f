"""Classes of time phrasing found by grouping the period and base-period errors of the
held-out sets p–ad (issue 8), each in sentences of our own."""


from conftest import frames_by_surface


DAY = "2019-09-20"


# --- seasons: "this summer", "last winter", "the summer of 2016", "the three summer months"

def test_this_summer_is_the_summer_the_article_date_follows_and_its_growth_is_on_the_summer_before():
    c = frames_by_surface("Hotel stays in the valley rose 12% this summer, the tourist board said.", DAY)
    assert c["12%"].period == "2019-06/2019-08"
    # a season is compared with the same season a year earlier, not with the spring before
    assert c["12%"].base_period == "2018-06/2018-08"


def test_a_season_said_in_an_earlier_sentence_is_not_taken_over_by_a_year_a_bracket_recalls():
    text = ("Ferry passengers to the islands grew by 18% this summer.\n\n"
            "During the three summer months the ferries carried 51,400 passengers (against 43,600 in 2018).")
    c = frames_by_surface(text, DAY)
    assert c["18%"].period == "2019-06/2019-08"
    assert c["51,400 passengers"].period == "2019-06/2019-08"


def test_last_winter_said_in_spring_is_the_winter_that_straddles_the_turn_of_the_year():
    c = frames_by_surface("Ski passes sold last winter reached 240,000, the resort reported.", "2019-04-10")
    assert c["240,000"].period == "2018-12/2019-02"


def test_last_summer_said_during_a_summer_is_the_summer_a_year_before():
    c = frames_by_surface("Campsite bookings last summer totalled 8,200.", "2019-07-10")
    assert c["8,200"].period == "2018-06/2018-08"


def test_a_season_named_with_its_year():
    c = frames_by_surface("Beach visits in the summer of 2015 numbered 310,000.", DAY)
    assert c["310,000"].period == "2015-06/2015-08"
    c = frames_by_surface("Heating oil sales in winter 2016/17 came to 1.2 million litres.", DAY)
    assert c["1.2 million litres"].period == "2016-12/2017-02"
    c = frames_by_surface("The 2017 autumn season drew 22,000 walkers.", DAY)
    assert c["22,000 walkers"].period == "2017-09/2017-11"


def test_south_of_the_equator_summer_is_december_to_february():
    c = frames_by_surface("Australia's coastal towns welcomed 75,000 campers this summer.", "2019-03-12")
    assert c["75,000 campers"].period == "2018-12/2019-02"


def test_months_the_text_names_after_a_season_are_the_period():
    c = frames_by_surface("For the summer months of July and August, spending rose to $4.1 million.", DAY)
    assert c["$4.1 million"].period == "2019-07/2019-08"


def test_fall_as_a_verb_is_no_season():
    c = frames_by_surface("Retailers expect prices to fall 3% next year.", DAY)
    assert c["3%"].period == "2020"
    c = frames_by_surface("Imports fell 4% last month, a fall of $2 million.", DAY)
    assert c["4%"].period == "2019-08"


# --- fiscal years: territories and small states read by their own calendar; a budget's
# "year 2023-2024"; a part "of the fiscal year" with no year named

def test_a_territory_named_by_its_abbreviation_reads_fy_by_its_october_year():
    text = ("The CNMI welcomed 412,300 visitors in FY 2017, the CNMI tourism office said. "
            "Japanese and Korean visitors made up most of them; Japanese arrivals fell, Korean arrivals rose.")
    c = frames_by_surface(text, DAY)
    assert c["412,300 visitors"].period == "2016-10/2017-09"


def test_visitors_named_by_their_nationality_do_not_decide_whose_fiscal_year_it_is():
    # "Chinese" is said four times, the island twice: the Chinese are a source market
    text = ("Chinese arrivals to the Northern Mariana Islands reached 96,000 in fiscal year 2015. "
            "Chinese visitors and Chinese tourists on charter flights, and Chinese guests at the casino, "
            "lifted spending in the Northern Marianas.")
    c = frames_by_surface(text, DAY)
    assert c["96,000"].period == "2014-10/2015-09"


def test_a_caribbean_state_whose_year_runs_from_july():
    c = frames_by_surface("Dominica's parliament approved spending of $950 million for fiscal year 2018/2019, "
                          "the Dominica government said.", DAY)
    assert c["$950 million"].period == "2018-07/2019-06"


def test_a_calendar_changed_in_history_is_read_by_the_calendar_of_its_time():
    c = frames_by_surface("Burundi's parliament passed a budget of 1.1 trillion francs for 2016, Burundi's finance ministry said.", DAY)
    assert c["1.1 trillion francs"].period == "2016"
    c = frames_by_surface("Burundi's parliament passed spending of 1.5 trillion francs for fiscal 2020, Burundi's finance ministry said.", DAY)
    assert c["1.5 trillion francs"].period == "2019-07/2020-06"


def test_a_budget_for_the_year_written_as_two_full_consecutive_years_is_a_fiscal_year():
    c = frames_by_surface("Kenya's budget for the year 2022-2023 sets spending at 3.3 trillion shillings.", DAY)
    assert c["3.3 trillion shillings"].period == "2022-07/2023-06"


def test_the_year_written_as_two_years_outside_a_budget_is_the_span_of_both():
    c = frames_by_surface("School enrolment in the year 2017-2018 was 41,000 pupils.", DAY)
    assert c["41,000 pupils"].period != "2017-04/2018-03"
    assert c["41,000 pupils"].period != "2017-07/2018-06"


def test_a_part_of_the_fiscal_year_with_no_year_named_is_of_the_current_fiscal_year():
    text = "The Isle of Man Treasury collected £610 million in the first half of the financial year."
    c = frames_by_surface(text, "2023-11-20")
    assert c["£610 million"].period == "2023-04/2023-09"
    text = "Revenue of the Turks and Caicos government was $92 million in the third quarter of the fiscal year."
    c = frames_by_surface(text, "2024-02-05")
    assert c["$92 million"].period == "2023-Q4"  # October–December 2023, the canonical name


def test_a_place_travellers_come_from_is_a_source_market_not_the_fiscal_calendar():
    # Hong Kong runs April–March; the visitors from there do not make it the island's year
    text = ("Arrivals to the Northern Mariana Islands, including visitors from Hong Kong, "
            "totalled 388,000 in FY 2014, the Northern Mariana Islands visitors authority said.")
    c = frames_by_surface(text, DAY)
    assert c["388,000"].period == "2013-10/2014-09"


# --- the fiscal year to date: cumulative figures from the start of a fiscal year

def test_year_to_date_after_a_part_of_a_fiscal_year_runs_from_that_fiscal_year_start():
    text = ("The Treasury reviewed the accounts of the Isle of Man for the second quarter of the financial year "
            "2019-20. Year to date receipts were £310 million.")
    c = frames_by_surface(text, "2019-11-04")
    assert c["£310 million"].period == "2019-04/2019-09"


def test_fiscal_year_to_date_said_outright_runs_to_the_month_before_the_article():
    c = frames_by_surface("India's fiscal deficit so far this financial year stood at Rs 7.5 lakh crore.", "2024-12-02")
    assert c["Rs 7.5 lakh crore"].period == "2024-04/2024-11"


def test_a_calendar_year_to_date_stays_a_calendar_one_where_the_text_names_no_fiscal_year():
    c = frames_by_surface("US exports year to date rose 4% to $1.7 trillion.", "2024-12-02")
    assert c["$1.7 trillion"].period == "2024-01/2024-11"
