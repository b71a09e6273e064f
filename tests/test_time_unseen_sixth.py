"""Classes of time phrasing found by grouping the period and base-period errors of the
held-out sets k–y (issue 8), each in sentences of our own: a count in subject position
dated past a passive verb of recording; whose fiscal year a sentence that names no place
is read by."""

from factcheck.extract import extract
from factcheck.models import Article

from conftest import frames_by_surface


DAY = "2019-09-20"


def test_a_count_before_a_passive_verb_of_recording_takes_the_time_after_it():
    c = frames_by_surface("Some 48,300 cruise passengers from across the region were recorded at the port "
                          "during the third quarter of 2019, the harbour master said.", DAY)
    assert c["Some 48,300 cruise passengers"].period == "2019-Q3"
    c = frames_by_surface("About 4,100 new companies were registered in May, the registry said.", DAY)
    assert c["About 4,100 new companies"].period == "2019-05"


def test_a_passive_verb_that_does_not_record_events_leaves_the_count_undated():
    # the rule for a number in subject position stays for other verbs
    c = frames_by_surface("Five volumes of the survey were released in 2018.", DAY)
    assert c["Five volumes"].period is None


_TONGA = """Arrivals reached almost 61,000 in fiscal year 2019, up from the year before, the visitors bureau said on Thursday.

Tongans living abroad made up a fifth of them, as many Tongans returned home for the celebrations, while other visitors held passports of New Zealand or the Philippines.

• Philippines: 28.4%.

• Philippines, by air: 19.5%.

In fiscal 2019, cruise calls rose 4.2 percent, officials told Tongans at a briefing for Tongans in business.
"""


def test_a_source_market_a_list_repeats_does_not_set_the_fiscal_year():
    # the text is about Tonga (July–June) though its list names the Philippines most
    c = frames_by_surface(_TONGA, DAY)
    assert c["almost 61,000"].period == "2018-07/2019-06"
    assert c["4.2 percent"].period == "2018-07/2019-06"
    assert c["4.2 percent"].base_period == "2017-07/2018-06"


def test_the_subject_a_text_names_most_keeps_its_own_fiscal_year_whatever_its_currency():
    # "Rs" would point to India's April–March year; the article is about Nepal (mid-July)
    text = ("Nepal's imports fell to Rs 1.2 trillion in the first nine months of the current fiscal year. "
            "Nepal exported goods worth Rs 110 billion in the same period. "
            "Exports of cardamom rose 12 percent in the current fiscal year.")
    c = frames_by_surface(text, "2024-05-10")
    # "in the current fiscal year" after its first nine months: Nepal's fiscal year so far
    assert c["12 percent"].period == "2023-07/2024-04"
    assert c["Rs 1.2 trillion"].period == "2023-07/2024-04"


def test_a_same_period_named_year_first_is_a_comparison_base():
    # the year before the noun, as a possessive or a modifier
    c = frames_by_surface("In the first quarter, rice exports fell 6.2% like the previous year's corresponding period, "
                          "while maize exports rose 9.4%.", "2016-05-02")
    assert c["6.2%"].period == "2016-Q1" and c["6.2%"].base_period == "2015-Q1"
    assert c["9.4%"].period == "2016-Q1"  # the base lends no time to the next clause
    c = frames_by_surface("Cruise calls (January to May 2016) numbered 212 against the 2015 same period of 180 calls.",
                          "2016-06-20")
    assert c["212"].period == "2016-01/2016-05"
    assert c["180 calls"].period == "2015-01/2015-05"


def test_a_similar_period_is_the_same_period():
    c = frames_by_surface("Coffee sales reached 4.1 billion shillings in January-April 2016, 0.6 billion shillings "
                          "more than in the similar period of 2015.", "2016-05-20")
    assert c["0.6 billion shillings"].period == "2016-01/2016-04"
    assert c["0.6 billion shillings"].base_period == "2015-01/2015-04"


def test_a_bracket_holding_only_a_time_dates_the_noun_it_labels():
    c = frames_by_surface("Ferry passengers (March – May 2017) numbered 84,100, the port authority said.", "2017-06-20")
    assert c["84,100"].period == "2017-03/2017-05"


def test_a_bracket_after_a_source_or_restating_a_time_is_no_anchor():
    c = frames_by_surface("According to figures (July 2019) of the institute, unemployment fell to 5.1%.", "2019-08-20")
    assert c["5.1%"].period is None
    text = ("Nepal's trade in the first nine months of the current fiscal year (FY 2080/81) "
            "amounted to Rs 1.28 trillion.")
    assert frames_by_surface(text, "2024-05-10")["Rs 1.28 trillion"].period == "2023-07/2024-04"


def test_a_base_year_named_through_a_noun_phrase():
    text = ("Iceland sold 41,000 tonnes of wool in 2019. That is a rise in volume of 6 percent "
            "from the drought year of 2018.")
    c = frames_by_surface(text, "2020-02-10")
    assert c["6 percent"].period == "2019" and c["6 percent"].base_period == "2018"
    # a year named so without a comparison word is the statement's own
    c = frames_by_surface("Wool sales reached 38,000 tonnes during the drought year of 2018.", "2020-02-10")
    assert c["38,000 tonnes"].period == "2018"


def test_last_year_in_an_undated_text_is_before_the_year_it_was_written_in():
    from factcheck.articles import infer_year

    text = ("Exports of tin had reached $1.2 billion in 2020. Malta's tin exports in 2021 fell by 12 percent, "
            "the statistics office reported. Last year, exports declined to $1.05 billion.")
    article = Article(id="t", path="t.txt", text=text, sha256="0", year_hint=infer_year(text))
    c = {x.surface: x for x in extract(article)}
    assert article.year == 2022  # written after the year its past tense reports
    assert c["$1.2 billion"].period == "2020"
    assert c["$1.05 billion"].period == "2021"  # not the year before the one just named


def test_a_change_across_a_window_of_years_is_measured_from_that_many_years_back():
    c = frames_by_surface("In 2019 the island's resident population reached 12,400, an increase of 18% in ten years.",
                          "2020-03-01")
    assert c["18%"].period == "2019" and c["18%"].base_period == "2009"
    c = frames_by_surface("In 2018, wine output fell by 2,300 hectolitres over the past five years.", "2019-03-01")
    assert c["2,300 hectolitres"].base_period == "2013"
    # a window ahead is a plan, no base
    c = frames_by_surface("Output will rise by 20% in five years, the minister said.", "2019-03-01")
    assert c["20%"].base_period is None


def test_a_span_of_days_across_months():
    c = frames_by_surface("Between 21 March and 20 June, 1.2 million tourists arrived, the office said.", "2023-07-10")
    assert c["1.2 million tourists"].period == "2023-03-21/2023-06-20"
    c = frames_by_surface("Customs collected $310 million from 1 July to 30 September 2022.", "2022-10-20")
    assert c["$310 million"].period == "2022-Q3"
    c = frames_by_surface("Non-oil imports (March 21 - September 22) reached $18 billion, customs said.", "2023-10-01")
    assert c["$18 billion"].period == "2023-03-21/2023-09-22"


def test_a_level_on_the_other_side_of_a_comparison_keeps_its_head_noun_and_its_time():
    c = frames_by_surface("Kenya's current account gap reached $3.1 billion in the first half of 2019, against a "
                          "$2.4 billion gap in the same period of 2018.", "2019-08-20")
    assert c["$3.1 billion"].period == "2019-H1"
    assert c["$2.4 billion"].period == "2018-H1"


def test_a_share_of_a_level_dated_earlier_is_measured_against_that_period():
    c = frames_by_surface("Cruise passengers in 2022 numbered 41,000, only 9% of the 455,000 who came ashore in 2019.",
                          "2023-01-20")
    assert c["9%"].period == "2022" and c["9%"].base_period == "2019"
    # a share of a whole of its own period has no base
    c = frames_by_surface("In 2022, 45% of the 3,000 firms surveyed exported goods.", "2023-01-20")
    assert c["45%"].base_period is None


def test_the_day_a_report_came_out_is_not_the_period_of_the_figures_after_it():
    text = ("Tonga recorded a trade deficit of $98.1 million in the second quarter of 2019. "
            "The statistics department published the figures in its quarterly bulletin on Tuesday 8 October, 2019. "
            "Imports fell to $112.4 million, while exports rose to $14.3 million.")
    c = frames_by_surface(text, "2019-10-10")
    assert c["$112.4 million"].period == "2019-Q2"
    assert c["$14.3 million"].period == "2019-Q2"


def test_a_figure_dated_by_a_participle_of_observing():
    c = frames_by_surface("In the first quarter of this year the islands posted a surplus of $61.2 million, after a deficit "
                          "of $40.3 million observed in the last quarter of 2017.", "2018-11-10")
    assert c["$61.2 million"].period == "2018-Q1"
    assert c["$40.3 million"].period == "2017-Q4"
