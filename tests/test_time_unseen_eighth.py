"""Classes of time phrasing found by grouping the period and base-period errors of the
held-out sets u–ai (issue 8), each in sentences of our own."""


from conftest import frames_by_surface


DAY = "2021-06-20"


# --- "Comparing A with B": the second term of a comparison verb's pair is the base

def test_comparing_one_month_with_another_makes_the_second_the_base():
    c = frames_by_surface("Comparing April 2021 with April 2020, shipments to Europe fell by 6.2%.", DAY)
    assert c["6.2%"].period == "2021-04"
    assert c["6.2%"].base_period == "2020-04"


def test_the_sentence_after_a_comparing_pair_keeps_the_first_term():
    text = ("Comparing April 2021 with April 2020, shipments to Europe fell by 6.2%. "
            "Shipments to Africa rose by 3.1%.")
    c = frames_by_surface(text, DAY)
    assert c["3.1%"].period == "2021-04"


def test_comparing_quarters_to_each_other():
    c = frames_by_surface("Compared the first quarter of 2021 to the fourth quarter of 2020, card payments grew 4%.", DAY)
    assert c["4%"].period == "2021-Q1"
    assert c["4%"].base_period == "2020-Q4"


# --- fiscal years of places that run October–September or April–March

def test_american_samoa_marshall_islands_and_micronesia_count_fiscal_years_from_october():
    c = frames_by_surface("American Samoa collected $88 million in local revenue in fiscal year 2020.", DAY)
    assert c["$88 million"].period == "2019-10/2020-09"
    c = frames_by_surface("The Marshall Islands passed a budget of $190 million for FY2021.", DAY)
    assert c["$190 million"].period == "2020-10/2021-09"
    c = frames_by_surface("Micronesia's national government spent $61 million in FY2019.", DAY)
    assert c["$61 million"].period == "2018-10/2019-09"


def test_gibraltar_counts_its_financial_year_from_april():
    c = frames_by_surface("Gibraltar recorded a surplus of £40 million in fiscal 2020.", DAY)
    assert c["£40 million"].period == "2019-04/2020-03"


# --- a level set against another with no time of its own is the base period's

def test_a_level_against_a_level_is_the_year_before_when_the_text_compares_years():
    text = ("Tea exports reached $412 million in the first half of 2021, up 8% on the same period of 2020. "
            "Coffee exports came to $96 million against $88 million.")
    c = frames_by_surface(text, DAY)
    assert c["$96 million"].period == "2021-H1"
    assert c["$88 million"].period == "2020-H1"
    # a figure that names its own series is another quantity at the same time, not the base
    c = frames_by_surface("In May 2021 the surplus was $1.2 billion, with $5.4 billion in exports compared with $4.2 billion in imports.", DAY)
    assert c["$4.2 billion"].period == "2021-05"


def test_bracketed_comparands_in_a_list_are_each_the_base_periods():
    text = ("Fish exports rose 12% in the first nine months of 2020 compared with the same period of 2019. "
            "They were made up of tuna with $52 million (against $47 million) and shrimp with $9 million (against $8 million).")
    c = frames_by_surface(text, DAY)
    assert c["$47 million"].period == "2019-01/2019-09"
    assert c["$8 million"].period == "2019-01/2019-09"
    assert c["$52 million"].period == "2020-01/2020-09"


# --- a parliament, capital or government named by its local name stands for its state

def test_a_budget_before_the_nitijela_is_counted_in_the_marshall_islands_fiscal_year():
    text = ("The Finance Minister tabled a $201 million FY2022 budget before the Nitijela on Monday.\n\n"
            "Grants from Taiwan and Taiwan's fisheries partners make up $14 million of it.")
    c = frames_by_surface(text, "2021-08-30")
    assert c["$201 million"].period == "2021-10/2022-09"


def test_asg_figures_are_american_samoas_not_samoas():
    text = ("ASG collected $84.2 million in FY2019, the Treasurer told the Fono. "
            "ASG spending stayed below budget, while Samoa Tuna Processors cut shifts.")
    c = frames_by_surface(text, "2020-01-10")
    assert c["$84.2 million"].period == "2018-10/2019-09"


# --- "above/below the $X budget for FY2020": that year is the other figure's, a base

def test_a_year_after_the_figure_a_change_is_above_is_that_figures_and_not_the_topic():
    text = ("The Marshall Islands cabinet sent a $212.5 million FY2022 budget to parliament. It is about $9 million "
            "above the $203.5 million budget for FY2021.\n\n"
            "The budget includes $2.5 million for a new hospital wing.\n\n"
            "Sources of funding include:\n• General Fund (including $30.1 million in taxes), total of $70.2 million.\n")
    c = frames_by_surface(text, "2021-08-30")
    assert c["$203.5 million"].period == "2020-10/2021-09"
    assert c["about $9 million"].period == "2021-10/2022-09"
    assert c["$70.2 million"].period == "2021-10/2022-09"


# --- "the following year", "a year later": after the year the narrative named last

def test_the_following_year_is_the_year_after_the_one_named_before():
    text = "Ghee exports earned 41.2 million in 2016. The following year, they rose to 47.9 million."
    c = frames_by_surface(text, "2023-05-02")
    assert c["47.9 million"].period == "2017"


def test_the_next_year_after_a_year_the_sentence_names_is_not_next_year_from_now():
    c = frames_by_surface("Cocoa sales went from 310 million in 2014 to 352 million the next year.", "2023-05-02")
    assert c["352 million"].period == "2015"
    # without a year before it, "the next year" is the year after now
    c = frames_by_surface("The board expects cocoa sales of 400 million in the next year.", "2023-05-02")
    assert c["400 million"].period == "2024"


def test_a_year_later_moves_on_from_the_year_before_it():
    c = frames_by_surface("The port handled 2.1 million tonnes in 2011 and, a year later, 2.6 million tonnes.", "2023-05-02")
    assert c["2.6 million tonnes"].period == "2012"


# --- a trailing window is what "the same period a year ago" moves

def test_the_same_period_a_year_ago_after_a_trailing_window_is_that_window_a_year_earlier():
    text = ("Over the past 12 months (August 2022 to July 2023) the island registered 1,912 births, "
            "compared to 1,840 in the same period a year ago.")
    c = frames_by_surface(text, "2023-08-20")
    assert c["1,912 births"].period == "2022-08/2023-07"
    assert c["1,840"].period == "2021-08/2022-07"


# --- in a report on the year so far, a bare earlier year set against it is the same months

def test_a_bare_year_a_year_to_date_figure_rose_from_is_the_same_months_of_that_year():
    text = ("Visitors from January to August 2022 numbered 61,200. "
            "Yacht arrivals increased to 4,310 through August 2022 from 3,905 in 2021.")
    c = frames_by_surface(text, "2022-09-20")
    assert c["4,310"].period == "2022-01/2022-08"
    assert c["3,905"].period == "2021-01/2021-08"


def test_a_from_to_pair_of_bare_years_in_a_year_to_date_report_is_of_the_months_so_far():
    text = ("Visitors from January to August 2022 numbered 61,200. "
            "Day trippers increased from 2,140 in 2021 to 2,610 in 2022, a 22% rise.")
    c = frames_by_surface(text, "2022-09-20")
    assert c["2,140"].period == "2021-01/2021-08"
    assert c["2,610"].period == "2022-01/2022-08"
    # a sentence with a whole year of its own is about that year
    c = frames_by_surface("Visitors from January to August 2022 numbered 61,200. Hotels sold 90,100 nights in 2020, "
                          "down 41% from 152,700 in 2019.", "2022-09-20")
    assert c["152,700"].period == "2019"


# --- "July 1, 2019, to June 30, 2020": a comma after the first date's year

def test_a_day_range_with_a_comma_after_the_first_year_is_one_span():
    text = "For the period of July 1, 2020, to June 30, 2021, the relief fund paid out $3.8 million."
    c = frames_by_surface(text, "2021-09-20")
    assert c["$3.8 million"].period == "2020-07/2021-06"


# --- "the 2020/2021 budget": two consecutive full years with a slash in budget talk are a fiscal year

def test_a_slashed_pair_of_full_years_in_a_budget_is_the_fiscal_year():
    c = frames_by_surface("Dominica's 2020/2021 budget of $1.1 billion was passed on Monday.", "2020-08-01")
    assert c["$1.1 billion"].period == "2020-07/2021-06"
    # outside budget talk the pair is no fiscal year
    c = frames_by_surface("Dominica's 2020/2021 cruise season brought 41,000 visitors.", "2021-08-01")
    assert c["41,000 visitors"].period != "2020-07/2021-06"


# --- "This compares to N in June 2019, annual falls of …": the time dates the other side

def test_a_sentence_that_compares_to_dated_figures_gives_its_changes_the_topic_and_that_base():
    text = ("In June 2021, 14,230 people worked in hotels and 2,110 in farming. "
            "This compares to 15,020 and 2,150 people in June 2020, annual decreases of 5.3% and 1.9%.")
    c = frames_by_surface(text, "2021-07-20")
    assert c["15,020"].period == "2020-06"
    assert c["5.3%"].period == "2021-06"
    assert c["5.3%"].base_period == "2020-06"


def test_a_change_of_a_window_against_the_same_window_a_year_ago_is_the_windows_and_carries_on():
    text = ("Over the past 12 months (August 2022 to July 2023) the island registered 1,912 births, "
            "compared to 1,840 in the same period a year ago – a 3.9% increase. Of those births, 1,020 "
            "were boys, 2.1% more than the same period in the previous year when boys numbered 999.")
    c = frames_by_surface(text, "2023-08-20")
    assert c["3.9%"].period == "2022-08/2023-07"
    assert c["3.9%"].base_period == "2021-08/2022-07"
    assert c["1,020"].period == "2022-08/2023-07"
    assert c["999"].period == "2021-08/2022-07"


# --- "in September … in 2006 … in 2007": bare years after a month without its year

def test_bare_years_after_a_month_named_without_its_year_are_that_month_of_each_year():
    text = "The most passengers in March came in 2011 with 4,210 passengers, followed by 3,980 passengers in 2014."
    c = frames_by_surface(text, "2019-04-20")
    assert c["4,210 passengers"].period == "2011-03"
    assert c["3,980 passengers"].period == "2014-03"
    # a year said as a whole is the year
    c = frames_by_surface("Sales in March rose to 310 cars, against 2,900 cars in 2018 as a whole.", "2019-04-20")
    assert c["2,900 cars"].period == "2018"


# --- "with the preceding three months": the span before the statement's, not before today

def test_the_preceding_months_a_span_is_compared_with_are_the_span_before_it():
    text = ("Comparing the three months ending April 2021 with the preceding three months, "
            "retail sales rose by 2.2%.")
    c = frames_by_surface(text, "2021-06-20")
    assert c["2.2%"].period == "2021-02/2021-04"
    assert c["2.2%"].base_period == "2020-11/2021-01"
